import dotenv from "dotenv";
import { pino, stdTimeFunctions } from "pino";
import { type Config, ConfigError, parseConfig } from "./config.js";

/**
 * What the two entry points (`src/index.ts`, `src/deploy-commands.ts`) share: settings read from
 * `.env` and the environment, and the process logger.
 */

/**
 * Whether `.env` or the environment sets `DISCORD_TOKEN` (an empty value counts as unset). Without
 * one, `npm start` runs the sandbox instead of connecting to Discord.
 */
export function discordTokenIsSet(): boolean {
  dotenv.config({ quiet: true });
  return (process.env.DISCORD_TOKEN ?? "").trim() !== "";
}

/** Reads `.env` and the environment into a {@link Config}, or prints every problem and exits 1. */
export function configFromEnvironmentOrExit(): Config {
  dotenv.config({ quiet: true });
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** The process logger: JSON lines with ISO timestamps, pretty in a terminal, secrets redacted. */
export function createProcessLogger(config: Pick<Config, "logLevel">) {
  return pino(loggerOptions(config, process.stdout.isTTY === true));
}

/**
 * Pino options: JSON with ISO timestamps (`"time":"2026-01-05T10:00:00.000Z"`), any `durationMs`
 * rounded to whole milliseconds, the token and interaction tokens redacted wherever they appear.
 */
export function loggerOptions(config: Pick<Config, "logLevel">, pretty: boolean) {
  return {
    level: config.logLevel,
    timestamp: stdTimeFunctions.isoTime,
    formatters: { log: roundDurations },
    redact: {
      paths: [
        "token",
        "*.token",
        "discordToken",
        "*.discordToken",
        "DISCORD_TOKEN",
        "*.DISCORD_TOKEN",
        "headers.authorization",
        "*.headers.authorization",
      ],
      censor: "[redacted]",
    },
    ...(pretty ? { transport: { target: "pino-pretty", options: { colorize: true } } } : {}),
  };
}

/** `durationMs: 478.2391` → `478`: operators read milliseconds, not their twelfth decimal. */
function roundDurations(fields: Record<string, unknown>): Record<string, unknown> {
  return typeof fields.durationMs === "number"
    ? { ...fields, durationMs: Math.round(fields.durationMs) }
    : fields;
}
