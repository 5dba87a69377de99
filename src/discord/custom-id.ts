import { LIMITS } from "./replies/limits.js";

/**
 * Button custom_ids are `<command>:<part>:<part>…`: the dispatcher routes a click to the command
 * named first, which reads the parts. Parts must not contain ":".
 */
export function buildCustomId(command: string, ...parts: (string | number)[]): string {
  const id = [command, ...parts].join(":");
  if (parts.some((part) => String(part).includes(":")) || id.length > LIMITS.customId) {
    throw new Error(
      `custom_id "${id}" is invalid: parts cannot contain ":" and the whole is at most 100 characters`,
    );
  }
  return id;
}

/** Splits a custom_id built by {@link buildCustomId}. */
export function parseCustomId(id: string): { command: string; parts: string[] } {
  const [command = "", ...parts] = id.split(":");
  return { command, parts };
}
