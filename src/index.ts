/**
 * Gazette's entry point (`npm start`) and the only place that wires things together: settings,
 * logger, corpus and index, commands, Discord client, health and metrics, signals. Without a
 * `DISCORD_TOKEN` it runs the local sandbox instead (`src/sandbox/start.ts`), which wires the
 * same `startGazette`. With `INTERACTIONS_PORT` it answers interactions over HTTP
 * (`src/http/http-bot.ts`) instead of connecting to the gateway.
 */
import { pathToFileURL } from "node:url";
import type { Config } from "./config.js";
import { createBot, type GazetteBot, TOKEN_REFUSED, TokenRefusedError } from "./discord/bot.js";
import type { HandledInteraction } from "./discord/dispatcher.js";
import { inviteUrl } from "./discord/invite.js";
import { COMMANDS_DIR, loadCommands } from "./discord/load-commands.js";
import {
  configFromEnvironmentOrExit,
  createProcessLogger,
  discordTokenIsSet,
} from "./entry-setup.js";
import { openFeedbackStore, type RunningFeedbackStore } from "./feedback/open.js";
import type { FeedbackStore } from "./feedback/store.js";
import { createHttpBot } from "./http/http-bot.js";
import { Library } from "./library.js";
import type { Logger } from "./logger.js";
import { type HealthReport, type HealthServer, startHealthServer } from "./ops/health-server.js";
import { GazetteMetrics } from "./ops/metrics.js";
import type { LiveIndex } from "./search/live-index.js";

/** A running Gazette. */
export interface Gazette {
  bot: GazetteBot;
  library: Library;
  live: LiveIndex;
  /** The feedback store, or null when it could not be opened (or `feedback: false`). */
  feedback: FeedbackStore | null;
  metrics: GazetteMetrics;
  /** The health server, when `HEALTH_PORT` is set. */
  health: HealthServer | null;
  /** Stops taking interactions, lets the ones in flight finish, then disconnects. */
  stop(): Promise<void>;
}

export interface StartOptions {
  commandsDir?: URL;
  /** Called when Discord refuses the token after start (it was reset meanwhile). */
  onTokenRefused?: () => void;
  /** Whether to open the feedback store under `DATA_DIR` (default true; tests that need none: false). */
  feedback?: boolean;
}

/**
 * Starts the health server (when `HEALTH_PORT` is set; 503 until ready), loads the valid articles,
 * builds the index, loads the commands and connects to Discord, logging each step. Used by
 * `npm start` and, with the same code path, by the end-to-end tests. Rejects with
 * {@link TokenRefusedError} when Discord refuses the token.
 */
export async function startGazette(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<Gazette> {
  let phase: "starting" | "ready" | "stopping" = "starting";
  // HTTP interactions mode has no gateway: "connected" then means the endpoint listens.
  const overGateway = config.interactionsPort === null;
  let library: Library | null = null;
  let bot: GazetteBot | null = null;
  let feedback: RunningFeedbackStore | null = null;
  const indexFigures = () =>
    library && {
      generation: library.generation,
      articles: library.live.stats.articles,
      passages: library.live.stats.passages,
      leftOut: library.leftOut.length,
    };
  const metrics = new GazetteMetrics({
    pingMs: () => bot?.pingMs ?? null,
    gatewayConnected: () => overGateway && (bot?.connected ?? false),
    index: indexFigures,
  });
  const health = await startHealth(config, logger, metrics, (): HealthReport => {
    const connected = bot?.connected ?? false;
    return {
      status: phase !== "ready" ? phase : connected ? "ok" : "disconnected",
      gateway: { connected: overGateway && connected, pingMs: bot?.pingMs ?? null },
      index: indexFigures(),
    };
  });

  try {
    const opened = await Library.open({
      corpusDir: config.corpusDir,
      dataDir: config.dataDir,
      limits: { articleMaxBytes: config.articleMaxBytes, corpusMaxBytes: config.corpusMaxBytes },
      logger,
      onReindex: (outcome) => metrics.observeReindex(outcome),
    });
    library = opened.library;
    const { report } = opened;
    logger.info(
      {
        corpusDir: config.corpusDir,
        articles: report.articles,
        passages: report.passages,
        leftOut: report.leftOut.length,
      },
      "corpus loaded",
    );
    logger.info(
      {
        passages: report.passages,
        terms: report.terms,
        durationMs: report.durationMs,
        source: report.source,
      },
      report.source === "snapshot" ? "index read from its snapshot" : "index built",
    );

    const commands = await loadCommands(options.commandsDir ?? COMMANDS_DIR);
    // Never blocks the start: a store that cannot be opened is a warning, and no feedback.
    if (options.feedback !== false) {
      feedback = openFeedbackStore({
        dir: config.dataDir,
        retentionDays: config.feedbackRetentionDays,
        logger,
      });
    }
    const botOptions = {
      config,
      library,
      commands,
      logger,
      feedback: feedback?.store ?? null,
      onInteraction: (event: HandledInteraction) => metrics.observeInteraction(event),
    };
    bot = overGateway
      ? createBot({
          ...botOptions,
          ...(options.onTokenRefused ? { onTokenRefused: options.onTokenRefused } : {}),
        })
      : createHttpBot(botOptions);
    logger.info(
      { inviteUrl: inviteUrl(config.discordClientId) },
      "add Gazette to a server with this URL",
    );
    await bot.start();
    phase = "ready";
    logger.info({ commands: [...commands.keys()] }, "ready");
  } catch (error) {
    feedback?.close();
    await health?.close();
    throw error;
  }

  const running = { bot, library };
  const openFeedback = feedback;
  return {
    ...running,
    live: library.live,
    feedback: openFeedback?.store ?? null,
    metrics,
    health,
    async stop() {
      phase = "stopping";
      await running.bot.stop();
      openFeedback?.close();
      await health?.close();
    },
  };
}

async function startHealth(
  config: Config,
  logger: Logger,
  metrics: GazetteMetrics,
  health: () => HealthReport,
): Promise<HealthServer | null> {
  if (config.healthPort === null) return null;
  const server = await startHealthServer({
    port: config.healthPort,
    host: config.healthHost,
    health,
    metrics: () => metrics.text(),
  });
  logger.info(
    { host: server.host, port: server.port, paths: ["/healthz", "/metrics"] },
    "health server listening",
  );
  return server;
}

const SHUTDOWN_GRACE_MS = 10_000;
/** The exit code when the shutdown did not finish by itself (grace period over, third signal). */
const EXIT_FORCED = 1;

async function main(): Promise<void> {
  if (!discordTokenIsSet()) {
    // No token: the local sandbox (loaded only then, so production never imports it).
    const { runSandbox } = await import("./sandbox/start.js");
    await runSandbox();
    return;
  }
  const config = configFromEnvironmentOrExit();
  // discord.js's Client reads SHARD_COUNT from the environment as a number, which is how a
  // ShardingManager tells its children the count. Gazette has read it (`auto` would read as NaN).
  if (!config.spawnedByShardingManager) delete process.env.SHARD_COUNT;
  const processLogger = createProcessLogger(config);
  // In a shard process, every line names its shard (discord.js's SHARDS, set by the manager).
  const logger = config.spawnedByShardingManager
    ? processLogger.child({ shard: Number(process.env.SHARDS) })
    : processLogger;

  process.on("unhandledRejection", (reason) => {
    logger.error({ err: reason }, "unhandled promise rejection");
  });
  process.on("uncaughtException", (error) => {
    logger.fatal({ err: error }, "uncaught exception; stopping");
    process.exit(1);
  });

  // A reader of standard output that goes away (a closed pipe) must never keep Gazette alive nor
  // crash it: what cannot be written is dropped (pino's own destination does the same).
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });

  if (config.shardingMode === "processes" && !config.spawnedByShardingManager) {
    // One process per shard: this one only spawns, watches and stops them (src/discord/sharding.ts).
    const { runShardingManager } = await import("./discord/sharding.js");
    const code = await runShardingManager(config, logger, {
      file: process.argv[1] ?? "",
      execArgv: process.execArgv,
    }).catch((error: unknown) => {
      if (error instanceof TokenRefusedError) logger.error({}, TOKEN_REFUSED);
      else logger.fatal({ err: error }, "Gazette could not start its shards");
      return EXIT_FORCED;
    });
    process.exit(code);
  }

  // Handlers go in first, so a stop asked while starting is not a crash. A second signal is
  // expected and ignored (a terminal's Ctrl-C reaches npm and node, npm forwards it again; tsx and
  // process-group kills do the same); a third one means "now": exit at once, non-zero.
  let gazette: Gazette | null = null;
  let signals = 0;
  const shutdown = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals === 2) {
      logger.warn({ signal }, "already shutting down; a third signal exits at once");
      return;
    }
    if (signals > 2) {
      logger.error({ signal, inFlight: gazette?.bot.dispatcher.inFlight }, "exiting at once");
      process.exit(EXIT_FORCED);
    }
    if (!gazette) {
      logger.info({ signal }, "stopped while starting");
      process.exit(0);
    }
    const started = performance.now();
    logger.info(
      { signal, inFlight: gazette.bot.dispatcher.inFlight },
      "shutting down: no new interactions, finishing those in flight",
    );
    const forced = setTimeout(() => {
      logger.error(
        { graceMs: SHUTDOWN_GRACE_MS, inFlight: gazette?.bot.dispatcher.inFlight },
        "interactions still in flight after the grace period; exiting anyway",
      );
      process.exit(EXIT_FORCED);
    }, SHUTDOWN_GRACE_MS);
    forced.unref();
    gazette.stop().then(
      () => {
        logger.info({ durationMs: performance.now() - started }, "disconnected; bye");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "error while shutting down");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  // A shard process whose manager went away stops as if told to.
  if (config.spawnedByShardingManager) process.on("disconnect", () => shutdown("SIGTERM"));

  try {
    gazette = await startGazette(config, logger, {
      onTokenRefused: () => process.exit(1),
    });
  } catch (error) {
    if (error instanceof TokenRefusedError) logger.error({}, TOKEN_REFUSED);
    else logger.fatal({ err: error }, "Gazette could not start");
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main();
}
