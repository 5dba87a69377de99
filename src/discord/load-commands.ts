import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Command } from "./command.js";

/** Where Gazette's command modules live: `commands/` at the project root. */
export const COMMANDS_DIR = new URL("../../commands/", import.meta.url);

const MODULE_FILE = /^[^.].*\.(ts|js|mts|mjs)$/;
const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

/**
 * Loads every command module of a directory (its default export), for the bot and for
 * `deploy-commands` alike. Throws, naming the file and the fix, on a module that is not a
 * {@link Command} or on two commands with the same name.
 */
export async function loadCommands(dir: URL = COMMANDS_DIR): Promise<Map<string, Command>> {
  const folder = fileURLToPath(dir);
  const shown = (file: string) => path.relative(process.cwd(), path.join(folder, file));
  const files = (await readdir(folder))
    .filter((file) => MODULE_FILE.test(file) && !/\.(d|test)\.[mc]?[jt]s$/.test(file))
    .sort();
  const commands = new Map<string, Command>();
  const origins = new Map<string, string>();
  for (const file of files) {
    const module: { default?: unknown } = await import(pathToFileURL(path.join(folder, file)).href);
    const problem = commandProblem(module.default);
    if (problem) {
      throw new Error(
        `${shown(file)}: ${problem}; a command module default-exports { data, execute } satisfies Command`,
      );
    }
    const command = module.default as Command;
    const first = origins.get(command.data.name);
    if (first) {
      throw new Error(
        `${shown(file)}: a command named "/${command.data.name}" is already defined in ${first}; rename one of them`,
      );
    }
    origins.set(command.data.name, shown(file));
    commands.set(command.data.name, command);
  }
  return commands;
}

/** What makes a value not a {@link Command}, or null when it is one. */
export function commandProblem(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return "it has no default export object";
  const candidate = value as Record<string, unknown>;
  const data = candidate.data as Record<string, unknown> | undefined;
  if (typeof data !== "object" || data === null) return '"data" is missing';
  if (
    typeof data.name !== "string" ||
    !NAME.test(data.name) ||
    data.name !== data.name.toLowerCase()
  ) {
    return `"data.name" ${JSON.stringify(data.name)} is not a lowercase command name of 1-32 letters, digits, "-" or "_"`;
  }
  if (
    typeof data.description !== "string" ||
    data.description.length < 1 ||
    data.description.length > 100
  ) {
    return '"data.description" must be 1-100 characters';
  }
  if (typeof candidate.execute !== "function") return '"execute" is not a function';
  for (const optional of ["autocomplete", "button"] as const) {
    if (candidate[optional] !== undefined && typeof candidate[optional] !== "function") {
      return `"${optional}" is not a function`;
    }
  }
  return null;
}
