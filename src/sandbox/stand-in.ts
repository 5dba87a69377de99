/**
 * A local stand-in of Discord: REST under `http://127.0.0.1:<port>/api/v10` and a JSON gateway
 * (v10) under `ws://127.0.0.1:<port>/gateway`. Point discord.js at it with
 * `rest: { api: discord.restUrl }` (Gazette: `DISCORD_API_URL`); the gateway address comes from its
 * `GET /gateway/bot`, as with real Discord. It runs the sandbox (`npm start` without a token), the
 * end-to-end tests and the benchmark.
 *
 * Every request it does not know is answered 404 *and* recorded: `close()` then throws, so a test
 * that made the bot call an unexpected route fails loudly. Payloads breaking a Discord limit get a
 * 400 like Discord's and are recorded the same way; listeners ({@link DiscordStandIn.subscribe})
 * see both as `failure` events.
 *
 * ```ts
 * const discord = await startDiscordStandIn();
 * // start the bot with DISCORD_API_URL=discord.restUrl, DISCORD_TOKEN=discord.token
 * await discord.waitForReady();
 * const { id } = discord.dispatchInteraction(interactionsFor(discord).chatInput(…));
 * const callback = await discord.waitForCallback(id);
 * await discord.close();
 * ```
 */
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type APIApplicationCommandOptionChoice,
  type APIAttachment,
  type APIInteractionResponse,
  type APIUser,
  GatewayDispatchEvents,
  type GatewayDispatchPayload,
  type GatewayInteractionCreateDispatch,
  InteractionResponseType,
  MessageFlags,
  type RESTPutAPIApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import {
  type AttachmentFile,
  type AttachmentServer,
  createAttachmentServer,
} from "./attachments.js";
import type { StandInEvent, StandInListener } from "./events.js";
import { createGateway, type GatewayCounters, type IdentifyRecord } from "./gateway.js";
import type { InteractionDraft } from "./interactions.js";
import {
  channelIdOf,
  type InteractionRecord,
  type MessageBody,
  messageFrom,
  type StoredMessage,
} from "./messages.js";
import { createRestHandler, type RecordedRequest, type RestState } from "./rest.js";
import { Waiters } from "./waiters.js";
import { createWorld, type World } from "./world.js";

export type { AttachmentFile } from "./attachments.js";
export type { StandInEvent, StandInListener } from "./events.js";
export type { InteractionRecord, StoredMessage } from "./messages.js";
export type { RecordedRequest } from "./rest.js";
export type { IdentifyRecord } from "./gateway.js";

/** What the bot posted to `/interactions/:id/:token/callback`. */
export type InteractionCallback = APIInteractionResponse;

export interface StandInOptions {
  /** The bot token the stand-in accepts (default {@link DEFAULT_TOKEN}). */
  token?: string;
  /** Heartbeat interval sent in HELLO, in ms (default 41250, as Discord). */
  heartbeatIntervalMs?: number;
  /** How long `waitFor…` helpers wait before rejecting, in ms (default 5000). */
  timeoutMs?: number;
  /** Names shown for the server and its channel. */
  guildName?: string;
  channelName?: string;
  /**
   * The shard count `GET /gateway/bot` recommends (default 1); the world then holds one server
   * per shard ({@link DiscordStandIn.guilds}), each routed to its own shard's connection.
   */
  shards?: number;
}

/** Not a secret: the stand-in accepts it and nothing else does. */
export const DEFAULT_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.GstAnd.stand-in-token-not-a-secret";

/** A running stand-in. */
export interface DiscordStandIn {
  /** Pass as `DISCORD_API_URL` / discord.js `rest.api`. */
  readonly restUrl: string;
  readonly gatewayUrl: string;
  readonly token: string;
  readonly world: World;
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly guildId: string;
  readonly channelId: string;
  /** Every server, `guilds[n]` on shard n (with the recommended shard count). */
  readonly guilds: World["guilds"];
  /** Every IDENTIFY accepted, with the shard it named and the connection that sent it. */
  readonly identified: readonly IdentifyRecord[];
  /** Every REST request received, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Requests nothing handled, or that broke a Discord limit; `close()` throws if any. */
  readonly failures: readonly string[];
  /** Gateway counters. */
  readonly gateway: GatewayCounters;
  /** Attachment files served on the stand-in's origin, as Discord's CDN serves them. */
  readonly attachments: Pick<AttachmentServer, "downloads">;
  /**
   * Serves a file (declared size and content type, served content type, delay, status as given)
   * and returns the attachment to put in an interaction (`interactionsFor(…).subcommand`).
   */
  serveAttachment(file: AttachmentFile): APIAttachment;
  /** Commands registered by `PUT`: `global`, and per guild id. */
  readonly registered: {
    global: RESTPutAPIApplicationCommandsJSONBody | null;
    guilds: Map<string, RESTPutAPIApplicationCommandsJSONBody>;
  };

  /** A message the bot sent (an original response or a follow-up), by id. */
  message(id: string): StoredMessage | undefined;
  /** Calls `listener` on every event from now on; returns the unsubscribe function. */
  subscribe(listener: StandInListener): () => void;
  /**
   * Resolves once the bot has identified (or resumed) and is receiving dispatches: every shard of
   * the count it identified with.
   */
  waitForReady(): Promise<void>;
  /** Resolves at the next RESUMED sent after this call. */
  waitForResume(): Promise<void>;
  /**
   * Sends a gateway dispatch to `shard` (default 0), buffered while that shard is disconnected,
   * replayed on RESUME.
   */
  dispatch<T extends GatewayDispatchPayload>(event: T["t"], data: T["d"], shard?: number): void;
  /**
   * Sends INTERACTION_CREATE to the shard of its server (`(guild_id >> 22) % count`; shard 0 for
   * a DM). Missing ids and token are filled in; returns them and the shard it went to.
   * Build payloads with `./interactions.ts`.
   */
  dispatchInteraction(payload: InteractionDraft): { id: string; token: string; shard: number };
  /**
   * Records an interaction that Discord delivers over HTTP (the Interactions Endpoint URL) instead
   * of the gateway, and returns its full payload (missing ids and token filled in). Its first
   * response is the HTTP answer: hand it over with {@link DiscordStandIn.acceptCallback}. Until
   * then, webhook requests with its token wait, as Discord takes them only after that answer.
   */
  registerInteraction(draft: InteractionDraft): InteractionRecord["payload"];
  /**
   * Takes the HTTP answer to an interaction recorded by `registerInteraction` as its callback,
   * through the same route and checks as a posted callback; resolves with the status.
   */
  acceptCallback(interactionId: string, response: unknown): Promise<number>;
  /** The callback the bot posted for an interaction (waits for it). */
  waitForCallback(interactionId: string): Promise<InteractionCallback>;
  /**
   * What the user finally sees for an interaction: the callback's message for type 4/7, or the
   * original response as edited after a deferral (type 5). `ephemeral` from the flags.
   */
  waitForReply(interactionId: string): Promise<{ message: StoredMessage; ephemeral: boolean }>;
  /** The n-th (0-based) follow-up message sent for an interaction. */
  waitForFollowUp(interactionId: string, index?: number): Promise<StoredMessage>;
  /** Waits for a recorded request matching the predicate (already received ones count). */
  waitForRequest(predicate: (request: RecordedRequest) => boolean): Promise<RecordedRequest>;
  /** The next request matching `method` and `path` is answered 429 with `retry_after` seconds. */
  rateLimitNext(match: { method: string; path: RegExp }, retryAfterSeconds?: number): void;
  /** The next `times` requests matching `method` and `path` are answered 500 (default once). */
  failNext(match: { method: string; path: RegExp }, times?: number): void;
  /**
   * Closes the bot's gateway connection of `shard`, or all of them (default code 4000, which the
   * bot answers with RESUME).
   */
  dropGateway(code?: number, shard?: number): void;
  /** Stops everything; throws if any request was unhandled or broke a limit. */
  close(): Promise<void>;
}

/** Starts a stand-in on 127.0.0.1 on a free port. */
export async function startDiscordStandIn(options: StandInOptions = {}): Promise<DiscordStandIn> {
  const token = options.token ?? DEFAULT_TOKEN;
  const world = createWorld(options);
  const waiters = new Waiters({ timeoutMs: options.timeoutMs ?? 5000 });
  const listeners = new Set<StandInListener>();
  const failures: string[] = [];
  let gatewayUrl = "";

  const emit = (event: StandInEvent) => {
    for (const listener of listeners) listener(event);
  };
  const fail = (problem: string, record: InteractionRecord | null) => {
    failures.push(problem);
    emit({ type: "failure", problem, record });
  };

  const interactions = new Map<string, InteractionRecord>();
  /** Tokens of interactions delivered over HTTP (see `registerInteraction`). */
  const overHttp = new Set<string>();
  const state: RestState = {
    world,
    token,
    gatewayUrl: () => gatewayUrl,
    interactions,
    byToken: new Map(),
    registered: { global: null, guilds: new Map() },
    requests: [],
    rateLimits: [],
    serverErrors: [],
    messageById(id) {
      for (const record of interactions.values()) {
        if (record.original?.id === id) return record.original;
        const followUp = record.followUps.find((message) => message.id === id);
        if (followUp) return followUp;
      }
      return undefined;
    },
    fail,
    emit,
    changed: () => waiters.settle(),
    async untilAcknowledged(interactionToken) {
      const record = state.byToken.get(interactionToken);
      if (!record || !overHttp.has(interactionToken)) return;
      await waiters.waitFor(`the HTTP answer to interaction ${record.id}`, () =>
        record.callback ? true : undefined,
      );
    },
  };
  const handleRest = createRestHandler(state);
  let origin = "";
  const attachments = createAttachmentServer(world, () => origin);
  const gateway = createGateway({
    world,
    token,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    gatewayUrl: () => gatewayUrl,
    fail: (problem) => fail(problem, null),
    changed: () => waiters.settle(),
  });

  const server = createServer((req, res) => {
    if (attachments.handle(req, res)) return;
    handleRest(req, res).catch((error: unknown) => {
      fail(`stand-in crashed on ${req.method} ${req.url}: ${String(error)}`, null);
      res.writeHead(500).end();
    });
  });
  server.on("upgrade", (req, duplex, head) => gateway.upgrade(req, duplex, head));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  const restUrl = `${origin}/api`;
  gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  /** Gives a draft its id and token and records it. */
  const recordInteraction = (draft: InteractionDraft) => {
    const id = draft.id ?? world.snowflake();
    const interactionToken = draft.token ?? `itoken-${id}-${"x".repeat(40)}`;
    const payload = { ...draft, id, token: interactionToken } as InteractionRecord["payload"];
    const record: InteractionRecord = {
      id,
      token: interactionToken,
      payload,
      callback: null,
      original: null,
      followUps: [],
    };
    interactions.set(id, record);
    state.byToken.set(interactionToken, record);
    return { id, token: interactionToken, payload, record };
  };

  const recordOf = (id: string) => {
    const record = interactions.get(id);
    if (!record) throw new Error(`Discord stand-in: no interaction ${id} was dispatched`);
    return record;
  };

  return {
    restUrl,
    gatewayUrl,
    token,
    world,
    applicationId: world.application.id,
    botUser: world.botUser,
    guildId: world.guild.id,
    channelId: world.channel.id,
    guilds: world.guilds,
    identified: gateway.identified,
    requests: state.requests,
    failures,
    gateway: gateway.counters,
    registered: state.registered,
    attachments,

    serveAttachment: (file) => attachments.add(file),

    message: (id) => state.messageById(id),

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    waitForReady: () =>
      waiters
        .waitFor("the bot to identify", () =>
          gateway.live && gateway.hasSession ? true : undefined,
        )
        .then(() => {}),

    waitForResume() {
      const before = gateway.resumedCount;
      return waiters
        .waitFor("RESUMED", () => (gateway.resumedCount > before ? true : undefined))
        .then(() => {});
    },

    dispatch: (event, data, shard) => gateway.dispatch(event, data, shard),

    dispatchInteraction(draft) {
      const { id, token: interactionToken, payload, record } = recordInteraction(draft);
      const shard = gateway.shardOfGuild(payload.guild_id);
      gateway.dispatch<GatewayInteractionCreateDispatch>(
        GatewayDispatchEvents.InteractionCreate,
        payload,
        shard,
      );
      emit({ type: "interaction", record });
      return { id, token: interactionToken, shard };
    },

    registerInteraction(draft) {
      const { token: interactionToken, payload, record } = recordInteraction(draft);
      overHttp.add(interactionToken);
      emit({ type: "interaction", record });
      return payload;
    },

    async acceptCallback(id, response) {
      const record = recordOf(id);
      const answer = await fetch(
        `${restUrl}/v10/interactions/${record.id}/${record.token}/callback`,
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(response),
        },
      );
      await answer.arrayBuffer();
      return answer.status;
    },

    waitForCallback(id) {
      const record = recordOf(id);
      return waiters.waitFor(
        `the callback of interaction ${id}`,
        () => record.callback ?? undefined,
      );
    },

    async waitForReply(id) {
      const record = recordOf(id);
      const callback = await waiters.waitFor(
        `the callback of interaction ${id}`,
        () => record.callback ?? undefined,
      );
      if (callback.type === InteractionResponseType.DeferredChannelMessageWithSource) {
        await waiters.waitFor(`the deferred reply of interaction ${id} to be edited`, () =>
          record.original?.edited_timestamp ? true : undefined,
        );
      }
      if (callback.type === InteractionResponseType.DeferredMessageUpdate) {
        // The clicked message is edited later, through `@original`.
        await waiters.waitFor(`the message of interaction ${id} to be edited`, () =>
          state.requests.some(
            (request) =>
              request.method === "PATCH" &&
              request.status === 200 &&
              request.path.endsWith(`/${record.token}/messages/@original`),
          )
            ? true
            : undefined,
        );
      }
      const data = ("data" in callback ? callback.data : undefined) as MessageBody | undefined;
      const message =
        record.original ??
        messageFrom(world, data ?? {}, channelIdOf(record.payload)); /* an update (type 7) */
      const flags = Number(data?.flags ?? 0);
      return { message, ephemeral: (flags & MessageFlags.Ephemeral) !== 0 };
    },

    waitForFollowUp(id, index = 0) {
      const record = recordOf(id);
      return waiters.waitFor(
        `follow-up ${index} of interaction ${id}`,
        () => record.followUps[index],
      );
    },

    waitForRequest(predicate) {
      return waiters.waitFor("a matching request", () => state.requests.find(predicate));
    },

    rateLimitNext(match, retryAfterSeconds = 0.1) {
      state.rateLimits.push({ ...match, retryAfter: retryAfterSeconds });
    },

    failNext(match, times = 1) {
      state.serverErrors.push({ ...match, times });
    },

    dropGateway(code = 4000, shard) {
      gateway.drop(code, shard);
    },

    async close() {
      gateway.close();
      attachments.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      listeners.clear();
      if (failures.length > 0) {
        throw new Error(`Discord stand-in saw bad requests:\n  ${failures.join("\n  ")}`);
      }
    },
  };
}

/** The choices of an autocomplete callback (type 8); throws on any other callback. */
export function choicesOf(callback: InteractionCallback): APIApplicationCommandOptionChoice[] {
  if (callback.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) {
    throw new Error(
      `Discord stand-in: callback type ${callback.type} is not an autocomplete result`,
    );
  }
  return callback.data.choices ?? [];
}
