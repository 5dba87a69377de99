/**
 * Sharding on discord.js's own engine.
 *
 * - `SHARDING_MODE=internal`: one process; the Client connects every shard itself
 *   (`clientShardOptions` in `./bot.ts`: `shards: "auto"` or `shardCount`).
 * - `SHARDING_MODE=processes`: this process becomes a `ShardingManager` ({@link runShardingManager})
 *   that forks the same entry point once per shard. discord.js gives each child `SHARDS` (its shard
 *   id) and `SHARD_COUNT` in the environment, and the child's Client reads them itself; Gazette's
 *   config reads the same `SHARD_COUNT`. The manager respawns a child that dies, relays `/reindex`
 *   to every shard (see `./shard-reindex.ts`), forwards SIGTERM/SIGINT to the children and exits
 *   non-zero if one of them did.
 */
import type { ChildProcess } from "node:child_process";
import {
  REST,
  type RESTGetAPIGatewayBotResult,
  Routes,
  type Shard,
  ShardingManager,
} from "discord.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { TokenRefusedError, isTokenRefusal } from "./bot.js";
import {
  ADOPT_TIMEOUT_MS,
  type AdoptionResult,
  isShardMessage,
  type ShardMessage,
} from "./shard-reindex.js";

/**
 * The shard count Discord recommends (`GET /gateway/bot`), asked through `DISCORD_API_URL` when
 * set (discord.js's own `fetchRecommendedShardCount` always asks discord.com). Rejects with
 * {@link TokenRefusedError} when Discord refuses the token.
 */
export async function recommendedShardCount(
  config: Pick<Config, "discordToken" | "discordApiUrl">,
): Promise<number> {
  const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {}).setToken(
    config.discordToken,
  );
  try {
    const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return Math.max(1, gateway.shards);
  } catch (error) {
    throw isTokenRefusal(error) ? new TokenRefusedError() : error;
  }
}

/** How long a shard process may take from spawn to READY before the start counts as failed. */
const SPAWN_TIMEOUT_MS = 60_000;
/**
 * How long the manager waits for its children after forwarding a signal: their own grace (10 s,
 * `src/index.ts`) and a margin; past it they are killed and the manager exits 1.
 */
const CHILDREN_GRACE_MS = 15_000;
const EXIT_FAILED = 1;

export interface ShardingManagerOptions {
  /** The entry point each shard process runs (this process's own `process.argv[1]`). */
  file: string;
  /** Node's flags for the children (this process's own `process.execArgv`, e.g. tsx's loader). */
  execArgv: string[];
}

/**
 * Runs the `ShardingManager` until a signal stops it: resolves to the process exit code (0 when
 * every child stopped cleanly). Installs its own SIGTERM/SIGINT handlers: the first is forwarded
 * to every child (each drains as a single-process Gazette does), a second is ignored, a third
 * kills the children and exits 1.
 */
export async function runShardingManager(
  config: Config,
  logger: Logger,
  options: ShardingManagerOptions,
): Promise<number> {
  let manager: ShardingManager | null = null;
  let totalShards = 0;
  /**
   * Shards whose current process has been ready (and so listens for adoption requests) at least
   * once: one still loading its corpus would not hear one.
   */
  const startedSinceSpawn = new Set<number>();
  let stopping = false;
  let startFailed = false;
  let signals = 0;
  const exited = new Map<number, number>();
  let finish: (code: number) => void = () => {};
  const finished = new Promise<number>((resolve) => (finish = resolve));

  const stopChild = (child: ChildProcess, signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  /** Children still alive (discord.js emits a shard's `death` before it forgets the process). */
  const running = () =>
    [...(manager?.shards.values() ?? [])].flatMap((shard) =>
      shard.process && shard.process.exitCode === null && shard.process.signalCode === null
        ? [shard.process]
        : [],
    );
  const settleIfAllExited = () => {
    if (!stopping || running().length > 0) return;
    const failed = [...exited.entries()].filter(([, code]) => code !== 0);
    if (failed.length > 0) {
      logger.error(
        { shards: failed.map(([shard, code]) => ({ shard, exitCode: code })) },
        "a shard process did not stop cleanly",
      );
    }
    finish(failed.length > 0 ? EXIT_FAILED : 0);
  };

  const watch = (shard: Shard) => {
    // Each child's health server on its own port: HEALTH_PORT + shard id (0 stays "any free port").
    if (config.healthPort) {
      (shard.env as NodeJS.ProcessEnv).HEALTH_PORT = String(config.healthPort + shard.id);
    }
    // mode "process": every shard runs in a ChildProcess, never a Worker.
    shard.on("spawn", (spawned) => {
      const child = spawned as ChildProcess;
      startedSinceSpawn.delete(shard.id);
      if (stopping) stopChild(child, "SIGTERM");
      else logger.info({ shard: shard.id, childPid: child.pid }, "shard process started");
    });
    shard.on("ready", () => {
      if (startedSinceSpawn.has(shard.id)) return; // READY again after a reconnection
      startedSinceSpawn.add(shard.id);
      logger.info({ shard: shard.id }, "shard ready");
    });
    shard.on("death", (died) => {
      const child = died as ChildProcess;
      const exitCode = child.exitCode ?? EXIT_FAILED;
      if (stopping) {
        exited.set(shard.id, exitCode);
        settleIfAllExited();
        return;
      }
      logger.error(
        { shard: shard.id, exitCode: child.exitCode, signal: child.signalCode },
        "shard process exited; respawning it",
      );
    });
    // Emitted when a respawned child fails to get ready in time; discord.js would throw without it.
    shard.on("error", (error: unknown) =>
      logger.error({ shard: shard.id, err: error }, "shard process error"),
    );
    shard.on("message", (message: unknown) => {
      if (isShardMessage(message) && message.gazette === "adopt-everywhere") {
        if (manager) {
          const request = { requestId: message.requestId, totalShards, startedSinceSpawn };
          void relayAdoption(manager, shard, request, logger);
        }
      }
    });
  };

  const shutdown = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals === 2) {
      logger.warn({ signal }, "already shutting down; a third signal exits at once");
      return;
    }
    if (signals > 2) {
      logger.error({ signal }, "exiting at once");
      for (const child of running()) stopChild(child, "SIGKILL");
      finish(EXIT_FAILED);
      return;
    }
    stopping = true;
    if (!manager) {
      logger.info({ signal }, "stopped while starting");
      finish(0);
      return;
    }
    // discord.js reads `respawn` when a child exits: no respawn from now on.
    manager.respawn = false;
    logger.info({ signal, shards: running().length }, "shutting down every shard process");
    for (const child of running()) stopChild(child, "SIGTERM");
    const forced = setTimeout(() => {
      logger.error(
        { graceMs: CHILDREN_GRACE_MS, shards: running().length },
        "shard processes still running after the grace period; killing them",
      );
      for (const child of running()) stopChild(child, "SIGKILL");
      finish(EXIT_FAILED);
    }, CHILDREN_GRACE_MS);
    forced.unref();
    settleIfAllExited();
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);

  totalShards =
    config.shardCount === "auto" ? await recommendedShardCount(config) : config.shardCount;
  if (stopping) return finished;
  manager = new ShardingManager(options.file, {
    totalShards,
    mode: "process",
    respawn: true,
    token: config.discordToken,
    execArgv: options.execArgv,
  });
  manager.on("shardCreate", watch);
  logger.info(
    { shards: totalShards, delayMs: config.shardSpawnDelayMs },
    "starting one process per shard",
  );
  manager
    .spawn({ amount: totalShards, delay: config.shardSpawnDelayMs, timeout: SPAWN_TIMEOUT_MS })
    .then(
      () => {
        if (!stopping) logger.info({ shards: totalShards }, "every shard is ready");
      },
      (error: unknown) => {
        if (stopping) return;
        logger.error({ err: error }, "a shard could not start; stopping every shard");
        startFailed = true;
        shutdown("SIGTERM");
      },
    );
  const code = await finished;
  return startFailed ? EXIT_FAILED : code;
}

/**
 * Has every shard but `from` adopt the latest index, then tells `from` how each did. A shard not
 * started yet, or whose process is still starting, counts as not switched (it reads the corpus
 * as it starts, but may have read it before the change).
 */
async function relayAdoption(
  manager: ShardingManager,
  from: Shard,
  request: { requestId: string; totalShards: number; startedSinceSpawn: ReadonlySet<number> },
  logger: Logger,
): Promise<void> {
  const others = Array.from({ length: request.totalShards }, (_, id) => id).filter(
    (id) => id !== from.id,
  );
  const results = await Promise.all(
    others.map((id): Promise<AdoptionResult> => {
      const shard = manager.shards.get(id);
      if (!shard) return Promise.resolve({ shard: id, ok: false, reason: "not started yet" });
      if (!request.startedSinceSpawn.has(id)) {
        return Promise.resolve({ shard: id, ok: false, reason: "still starting" });
      }
      return askToAdopt(shard, request.requestId);
    }),
  );
  logger.info(
    { from: from.id, adopted: results.filter((result) => result.ok).length, of: others.length },
    "relayed a reindex to every shard",
  );
  const answer: ShardMessage = { gazette: "adoption", requestId: request.requestId, results };
  await from.send(answer).catch((error: unknown) => {
    logger.warn({ shard: from.id, err: error }, "could not tell a shard how its reindex spread");
  });
}

/** Asks one shard to adopt the latest index; resolves (never rejects) to how it went. */
function askToAdopt(shard: Shard, requestId: string): Promise<AdoptionResult> {
  const child = shard.process;
  if (!child) return Promise.resolve({ shard: shard.id, ok: false, reason: "not running" });
  return new Promise((resolve) => {
    const done = (result: Omit<AdoptionResult, "shard">) => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve({ shard: shard.id, ...result });
    };
    const onMessage = (message: unknown) => {
      if (!isShardMessage(message) || message.gazette !== "adopted") return;
      if (message.requestId !== requestId) return;
      done(message.ok ? { ok: true } : { ok: false, reason: message.reason ?? "unknown" });
    };
    const onExit = () => done({ ok: false, reason: "its process exited" });
    const timer = setTimeout(
      () => done({ ok: false, reason: `no answer within ${ADOPT_TIMEOUT_MS / 1000} s` }),
      ADOPT_TIMEOUT_MS,
    );
    child.on("message", onMessage);
    child.on("exit", onExit);
    const request: ShardMessage = { gazette: "adopt", requestId };
    shard.send(request).catch((error: unknown) => done({ ok: false, reason: String(error) }));
  });
}
