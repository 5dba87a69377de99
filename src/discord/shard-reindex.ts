/**
 * `/reindex` across shards: the shard that runs it rebuilds once, then every other shard swaps to
 * the new index, and the outcome says how many serve it.
 *
 * - `internal` mode: one process, one {@link Library} for every shard: the rebuild is the swap.
 * - `processes` mode: each shard process has its own Library. The one that rebuilt asks the
 *   `ShardingManager` (`src/discord/sharding.ts`) to have every other shard call
 *   {@link Library.adoptLatest}, over the IPC channel discord.js already opened between them, and
 *   waits for the manager's tally.
 */
import type { Client } from "discord.js";
import type { Library, LibraryReindexOutcome } from "../library.js";
import type { Logger } from "../logger.js";

/** How many shards serve the index after a reindex, and which could not swap to it. */
export interface ShardCoverage {
  serving: number;
  total: number;
  /** Shards that did not confirm the swap, with why; they serve their previous index. */
  failed: { shard: number; reason: string }[];
}

/** What `/reindex` reports: the rebuild's outcome and, when it succeeded, the shards serving it. */
export type ShardedReindexOutcome = LibraryReindexOutcome & { shards: ShardCoverage };

/** One shard's answer to an adoption request. */
export interface AdoptionResult {
  shard: number;
  ok: boolean;
  reason?: string;
}

/** Messages between shard processes and the manager (they share the channel with discord.js's). */
export type ShardMessage =
  /** A shard rebuilt: have every other shard adopt the new index (shard → manager). */
  | { gazette: "adopt-everywhere"; requestId: string }
  /** Adopt the index another shard built (manager → shard). */
  | { gazette: "adopt"; requestId: string }
  /** How the adoption went (shard → manager). */
  | { gazette: "adopted"; requestId: string; ok: boolean; reason?: string }
  /** Every other shard's answer (manager → the shard that rebuilt). */
  | {
      gazette: "adoption";
      requestId: string;
      results: AdoptionResult[];
    };

/** Whether an IPC message is one of Gazette's (discord.js's own have `_` keys). */
export function isShardMessage(message: unknown): message is ShardMessage {
  return typeof message === "object" && message !== null && "gazette" in message;
}

/** The IPC channel of a shard process to its manager. */
export interface ManagerChannel {
  send(message: ShardMessage): Promise<void>;
  /** Calls `listener` on every message from the manager; returns the unsubscribe function. */
  onMessage(listener: (message: unknown) => void): () => void;
}

/** The channel of this process, when a `ShardingManager` spawned it (`client.shard` is set). */
export function managerChannelOf(client: Client): ManagerChannel | null {
  const util = client.shard;
  if (!util || util.mode !== "process") return null;
  return {
    send: (message) => util.send(message),
    onMessage(listener) {
      process.on("message", listener);
      return () => process.off("message", listener);
    },
  };
}

/**
 * How long a shard waits for the manager's tally; the manager itself gives each shard
 * {@link ADOPT_TIMEOUT_MS}, so this only guards against a manager gone silent.
 */
const TALLY_TIMEOUT_MS = 10 * 60_000;
/** How long the manager waits for one shard to adopt a new index before reporting it as failed. */
export const ADOPT_TIMEOUT_MS = 5 * 60_000;

export interface ShardedReindexOptions {
  library: Library;
  client: Client;
  logger: Logger;
  /** The manager's channel (processes mode); default: {@link managerChannelOf} the client. */
  channel?: ManagerChannel | null;
}

/** `/reindex` for every shard, and (processes mode) this shard's answer to the others' reindexes. */
export interface ShardedReindex {
  reindex(): Promise<ShardedReindexOutcome>;
  /** Stops answering the manager's adoption requests. */
  close(): void;
}

/** Wires `/reindex` to every shard of the bot, whichever mode it runs in. */
export function createShardedReindex(options: ShardedReindexOptions): ShardedReindex {
  const { library, client, logger } = options;
  const channel = options.channel === undefined ? managerChannelOf(client) : options.channel;

  if (!channel) {
    return {
      async reindex() {
        const outcome = await library.reindex();
        // Every shard of this process serves the one Library.
        const total = Math.max(1, client.ws.shards.size);
        return { ...outcome, shards: { serving: total, total, failed: [] } };
      },
      close() {},
    };
  }

  const ownShard = () => (Array.isArray(client.options.shards) ? client.options.shards[0] : 0);
  const pending = new Map<string, (results: AdoptionResult[]) => void>();
  const unsubscribe = channel.onMessage((message) => {
    if (!isShardMessage(message)) return;
    if (message.gazette === "adoption") pending.get(message.requestId)?.(message.results);
    if (message.gazette === "adopt") void adopt(message.requestId);
  });

  async function adopt(requestId: string) {
    let answer: ShardMessage;
    try {
      const outcome = await library.adoptLatest();
      answer = outcome.ok
        ? { gazette: "adopted", requestId, ok: true }
        : { gazette: "adopted", requestId, ok: false, reason: outcome.error };
      if (outcome.ok) {
        logger.info({ generation: library.generation }, "serving the index another shard built");
      } else {
        logger.warn({ error: outcome.error }, "could not adopt the index another shard built");
      }
    } catch (error) {
      logger.error({ err: error }, "could not adopt the index another shard built");
      answer = { gazette: "adopted", requestId, ok: false, reason: String(error) };
    }
    await channel?.send(answer).catch((error: unknown) => {
      logger.warn({ err: error }, "could not tell the manager this shard's new index");
    });
  }

  return {
    async reindex() {
      const outcome = await library.reindex();
      const total = client.options.shardCount ?? 1;
      if (!outcome.ok) return { ...outcome, shards: { serving: total, total, failed: [] } };
      // The other shards adopt the snapshot this rebuild writes: let it reach the disk first, or
      // they would find the previous one and rebuild for themselves.
      await library.flushed();
      const own = ownShard();
      const requestId = `${own}-${library.generation}-${Date.now()}`;
      /** Every other shard, failed for `reason`: what is known when the manager does not answer. */
      const allOthersFailed = (reason: string) =>
        Array.from({ length: total }, (_, shard) => shard)
          .filter((shard) => shard !== own)
          .map((shard) => ({ shard, ok: false, reason }));
      const results = await new Promise<AdoptionResult[]>((resolve) => {
        const timer = setTimeout(
          () => resolve(allOthersFailed("the sharding manager did not answer")),
          TALLY_TIMEOUT_MS,
        );
        timer.unref();
        pending.set(requestId, (answer) => {
          clearTimeout(timer);
          resolve(answer);
        });
        channel.send({ gazette: "adopt-everywhere", requestId }).catch((error: unknown) => {
          clearTimeout(timer);
          resolve(allOthersFailed(`the sharding manager is unreachable (${String(error)})`));
        });
      }).finally(() => pending.delete(requestId));
      const failed = results
        .filter((result) => !result.ok)
        .map((result) => ({ shard: result.shard, reason: result.reason ?? "unknown" }));
      const serving = 1 + results.filter((result) => result.ok).length;
      if (failed.length > 0) logger.warn({ failed }, "some shards still serve the previous index");
      return { ...outcome, shards: { serving, total, failed } };
    },
    close: unsubscribe,
  };
}
