/**
 * `npm run deploy-commands`: registers Gazette's slash commands, loaded by the same loader as the
 * bot, to `DISCORD_GUILD_ID`'s server when set (instant, for development) or globally.
 */
import { pathToFileURL } from "node:url";
import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from "discord.js";
import type { Config } from "./config.js";
import type { Command } from "./discord/command.js";
import { loadCommands } from "./discord/load-commands.js";
import { configFromEnvironmentOrExit, createProcessLogger } from "./entry-setup.js";
import type { Logger } from "./logger.js";

/** Replaces the application's commands (in one server, or globally) with `commands`. */
export async function deployCommands(
  config: Pick<Config, "discordToken" | "discordClientId" | "discordGuildId" | "discordApiUrl">,
  commands: ReadonlyMap<string, Command>,
  logger: Logger,
): Promise<RESTPutAPIApplicationCommandsResult> {
  const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {}).setToken(
    config.discordToken,
  );
  const route = config.discordGuildId
    ? Routes.applicationGuildCommands(config.discordClientId, config.discordGuildId)
    : Routes.applicationCommands(config.discordClientId);
  const body = [...commands.values()].map((command) => command.data);
  const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  logger.info(
    {
      scope: config.discordGuildId ? { guild: config.discordGuildId } : "global",
      commands: registered.map((command) => command.name),
    },
    config.discordGuildId
      ? "commands registered in the server (available at once)"
      : "commands registered globally (Discord may take up to an hour to show them everywhere)",
  );
  return registered;
}

async function main(): Promise<void> {
  const config = configFromEnvironmentOrExit();
  const logger = createProcessLogger(config);
  try {
    await deployCommands(config, await loadCommands(), logger);
  } catch (error) {
    logger.fatal({ err: error }, "could not register the commands");
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main();
}
