/**
 * Gazette's entry point (`npm start`) and the only place that wires things together: settings,
 * logger, corpus and index, commands, Discord client, signals. Without a `DISCORD_TOKEN` it runs
 * the local sandbox instead (`src/sandbox/start.ts`), which wires the same `startGazette`.
 */
import { pathToFileURL } from "node:url";
import type { Config } from "./config.js";
import { readCorpus } from "./corpus/read.js";
import { createBot, type GazetteBot } from "./discord/bot.js";
import { inviteUrl } from "./discord/invite.js";
import { COMMANDS_DIR, loadCommands } from "./discord/load-commands.js";
import type { Logger } from "./logger.js";
import {
  configFromEnvironmentOrExit,
  createProcessLogger,
  discordTokenIsSet,
} from "./entry-setup.js";
import { LiveIndex } from "./search/live-index.js";

/** A running Gazette. */
export interface Gazette {
  bot: GazetteBot;
  live: LiveIndex;
  /** Lets in-flight interactions finish, then disconnects. */
  stop(): Promise<void>;
}

/**
 * Loads the corpus, builds the index, loads the commands and connects to Discord, logging each
 * step. Used by `npm start` and, with the same code path, by the end-to-end tests.
 */
export async function startGazette(
  config: Config,
  logger: Logger,
  options: { commandsDir?: URL } = {},
): Promise<Gazette> {
  const { live, report } = await LiveIndex.open({
    loadCorpus: () => readCorpus(config.corpusDir),
    logger,
  });
  logger.info(
    { corpusDir: config.corpusDir, articles: report.articles, passages: report.passages },
    "corpus loaded",
  );
  logger.info(
    { passages: report.passages, terms: report.terms, durationMs: Math.round(report.durationMs) },
    "index built",
  );

  const commands = await loadCommands(options.commandsDir ?? COMMANDS_DIR);
  const bot = createBot({ config, live, commands, logger });
  logger.info(
    { inviteUrl: inviteUrl(config.discordClientId) },
    "add Gazette to a server with this URL",
  );
  await bot.start();
  logger.info({ commands: [...commands.keys()] }, "ready");
  return { bot, live, stop: () => bot.stop() };
}

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  if (!discordTokenIsSet()) {
    // No token: the local sandbox (loaded only then, so production never imports it).
    const { runSandbox } = await import("./sandbox/start.js");
    await runSandbox();
    return;
  }
  const config = configFromEnvironmentOrExit();
  const logger = createProcessLogger(config);

  process.on("unhandledRejection", (reason) => {
    logger.error({ err: reason }, "unhandled promise rejection");
  });
  process.on("uncaughtException", (error) => {
    logger.fatal({ err: error }, "uncaught exception; stopping");
    process.exit(1);
  });

  let gazette: Gazette;
  try {
    gazette = await startGazette(config, logger);
  } catch (error) {
    logger.fatal({ err: error }, "Gazette could not start");
    process.exit(1);
  }

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing interactions in flight");
    const forced = setTimeout(() => {
      logger.warn({ graceMs: SHUTDOWN_GRACE_MS }, "interactions still in flight; exiting anyway");
      process.exit(0);
    }, SHUTDOWN_GRACE_MS);
    forced.unref();
    gazette.stop().then(
      () => {
        logger.info({}, "disconnected; bye");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "error while shutting down");
        process.exit(0);
      },
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main();
}
