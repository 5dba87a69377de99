import dotenv from "dotenv";
import { type LogFn, type Logger, pino, stdTimeFunctions } from "pino";
import { type Config, ConfigError, parseConfig } from "./config.js";
import { redactForLog } from "./log-redaction.js";

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
export function createProcessLogger(config: Pick<Config, "logLevel"> & { discordToken?: string }) {
  return pino(loggerOptions(config, process.stdout.isTTY === true));
}

/**
 * Pino options: JSON with ISO timestamps (`"time":"2026-01-05T10:00:00.000Z"`), any `durationMs`
 * rounded to whole milliseconds, the bot token, interaction tokens and webhook URLs redacted
 * wherever they appear (fields by name, and every string, error messages and stacks included, by
 * {@link redactForLog}), at every level.
 */
export function loggerOptions(
  config: Pick<Config, "logLevel"> & { discordToken?: string },
  pretty: boolean,
) {
  const secrets = config.discordToken ? [config.discordToken] : [];
  return {
    level: config.logLevel,
    timestamp: stdTimeFunctions.isoTime,
    formatters: { log: roundDurations },
    hooks: {
      logMethod(this: Logger, args: Parameters<LogFn>, method: LogFn) {
        const clean = args.map((arg) => redactForLog(arg, secrets));
        return method.apply(this, clean as Parameters<LogFn>);
      },
    },
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
