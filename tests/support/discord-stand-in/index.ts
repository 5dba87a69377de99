/**
 * A local stand-in of Discord for end-to-end tests and latency benchmarks: REST under
 * `http://127.0.0.1:<port>/api/v10` and a JSON gateway (v10) under `ws://127.0.0.1:<port>/gateway`.
 * Point discord.js at it with `rest: { api: discord.restUrl }` (Gazette: `DISCORD_API_URL`); the
 * gateway address comes from its `GET /gateway/bot`, as with real Discord.
 *
 * Every request it does not know is answered 404 *and* recorded: `close()` then throws, so a test
 * that made the bot call an unexpected route fails loudly. Payloads breaking a Discord limit get a
 * 400 like Discord's and are recorded the same way.
 *
 * ```ts
 * const discord = await startDiscordStandIn();
 * // start the bot with DISCORD_API_URL=discord.restUrl, DISCORD_TOKEN=discord.token
 * await discord.waitForReady();
 * const { id } = await discord.dispatchInteraction(chatInput("ask", { question: "grève" }));
 * const callback = await discord.waitForCallback(id);
 * await discord.close();
 * ```
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { choiceProblems, commandProblems, messageProblems } from "./limits.js";

/** A REST request the stand-in received, body parsed as JSON when it is JSON. */
export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/interactions/123/tok/callback`. */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
  /** The HTTP status the stand-in answered with. */
  status: number;
  at: number;
}

/** What the bot posted to `/interactions/:id/:token/callback`. */
export interface InteractionCallback {
  /** 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete result. */
  type: number;
  data?: Record<string, unknown>;
}

/** A message the stand-in holds: an interaction's original response or a follow-up. */
export type StoredMessage = Record<string, unknown> & {
  id: string;
  content: string;
  flags: number;
};

export interface StandInOptions {
  /** The bot token the stand-in accepts (default {@link DEFAULT_TOKEN}). */
  token?: string;
  /** Heartbeat interval sent in HELLO, in ms (default 41250, as Discord). */
  heartbeatIntervalMs?: number;
  /** How long `waitFor…` helpers wait before rejecting, in ms (default 5000). */
  timeoutMs?: number;
}

export const DEFAULT_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.GstAnd.stand-in-token-not-a-secret";
const EPHEMERAL = 1 << 6;
const DISCORD_EPOCH = 1420070400000n;

interface Session {
  id: string;
  sequence: number;
  /** Every dispatch of the session, for RESUME replays. */
  sent: { s: number; t: string; d: unknown }[];
}

interface InteractionRecord {
  id: string;
  token: string;
  payload: Record<string, unknown>;
  callback: InteractionCallback | null;
  original: StoredMessage | null;
  followUps: StoredMessage[];
}

interface Waiter {
  check: () => unknown;
  resolve: (value: unknown) => void;
}

/** A running stand-in. */
export interface DiscordStandIn {
  /** Pass as `DISCORD_API_URL` / discord.js `rest.api`. */
  readonly restUrl: string;
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: { id: string; username: string };
  readonly guildId: string;
  readonly channelId: string;
  /** Every REST request received, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Requests nothing handled, or that broke a Discord limit; `close()` throws if any. */
  readonly failures: readonly string[];
  /** Gateway counters. */
  readonly gateway: { identifies: number; resumes: number; heartbeats: number; connected: boolean };
  /** Commands registered by `PUT`: `global`, and per guild id. */
  readonly registered: { global: unknown[] | null; guilds: Map<string, unknown[]> };

  /** Resolves once the bot has identified (or resumed) and is receiving dispatches. */
  waitForReady(): Promise<void>;
  /** Resolves at the next RESUMED sent after this call. */
  waitForResume(): Promise<void>;
  /** Sends a gateway dispatch (buffered while the bot is disconnected, replayed on RESUME). */
  dispatch(event: string, data: unknown): void;
  /**
   * Sends INTERACTION_CREATE. Missing ids and token are filled in; returns them.
   * Build payloads with `./payloads.ts`.
   */
  dispatchInteraction(payload: Record<string, unknown>): { id: string; token: string };
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
  /** Closes the bot's gateway connection (default code 4000, which the bot answers with RESUME). */
  dropGateway(code?: number): void;
  /** Stops everything; throws if any request was unhandled or broke a limit. */
  close(): Promise<void>;
}

/** Starts a stand-in on 127.0.0.1 on a free port. */
export async function startDiscordStandIn(options: StandInOptions = {}): Promise<DiscordStandIn> {
  const token = options.token ?? DEFAULT_TOKEN;
  const heartbeatInterval = options.heartbeatIntervalMs ?? 41_250;
  const timeoutMs = options.timeoutMs ?? 5000;

  let counter = 0n;
  const snowflake = () => String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) + counter++);

  const applicationId = snowflake();
  const botUser = {
    id: applicationId,
    username: "Gazette",
    discriminator: "0",
    global_name: null,
    avatar: null,
    bot: true,
    flags: 0,
  };
  const guildId = snowflake();
  const channelId = snowflake();
  const application = {
    id: applicationId,
    name: "Gazette",
    icon: null,
    description: "",
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: "0".repeat(64),
    flags: 0,
    team: null,
    owner: { ...botUser, id: snowflake(), username: "owner", bot: false },
  };
  const guild = {
    id: guildId,
    name: "Stand-in Guild",
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: application.owner.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: guildId,
        name: "@everyone",
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: "1071698660929",
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: "fr",
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [
      {
        id: channelId,
        type: 0,
        guild_id: guildId,
        name: "general",
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
        parent_id: null,
      },
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };

  const requests: RecordedRequest[] = [];
  const failures: string[] = [];
  const interactions = new Map<string, InteractionRecord>();
  const byToken = new Map<string, InteractionRecord>();
  const registered = { global: null as unknown[] | null, guilds: new Map<string, unknown[]>() };
  const gateway = { identifies: 0, resumes: 0, heartbeats: 0, connected: false };
  const rateLimits: { method: string; path: RegExp; retryAfter: number }[] = [];
  let waiters: Waiter[] = [];
  let session: Session | null = null;
  let socket: WebSocket | null = null;
  let live = false;
  let resumedCount = 0;

  const settle = () => {
    waiters = waiters.filter((waiter) => {
      const value = waiter.check();
      if (value === undefined) return true;
      waiter.resolve(value);
      return false;
    });
  };

  function waitFor<T>(what: string, check: () => T | undefined): Promise<T> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters = waiters.filter((waiter) => waiter !== entry);
        reject(new Error(`Discord stand-in: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const entry: Waiter = {
        check,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
      };
      waiters.push(entry);
    });
  }

  const messageFrom = (
    data: Record<string, unknown>,
    record: InteractionRecord,
  ): StoredMessage => ({
    id: snowflake(),
    type: 20,
    channel_id: String(
      (record.payload.channel as { id?: string } | undefined)?.id ?? record.payload.channel_id,
    ),
    author: botUser,
    content: "",
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    application_id: applicationId,
    webhook_id: applicationId,
    ...data,
    flags: Number(data.flags ?? 0),
  });

  // ---------------------------------------------------------------- REST

  type Handler = (
    request: RecordedRequest,
    params: string[],
  ) => { status: number; body?: unknown; headers?: Record<string, string> };

  const needsAuth = (request: RecordedRequest) =>
    request.authorization === `Bot ${token}`
      ? null
      : { status: 401, body: { message: "401: Unauthorized", code: 0 } };

  const invalid = (request: RecordedRequest, problems: string[]) => {
    failures.push(`${request.method} ${request.path}: ${problems.join("; ")}`);
    return { status: 400, body: { message: "Invalid Form Body", code: 50035, errors: problems } };
  };

  const webhookRecord = (params: string[]) =>
    params[0] === applicationId ? byToken.get(params[1] ?? "") : undefined;
  const unknownWebhook = { status: 404, body: { message: "Unknown Webhook", code: 10015 } };

  const routes: [string, RegExp, Handler][] = [
    [
      "GET",
      /^\/gateway\/bot$/,
      (request) =>
        needsAuth(request) ?? {
          status: 200,
          body: {
            url: gatewayUrl,
            shards: 1,
            session_start_limit: {
              total: 1000,
              remaining: 1000,
              reset_after: 14_400_000,
              max_concurrency: 1,
            },
          },
        },
    ],
    ["GET", /^\/gateway$/, () => ({ status: 200, body: { url: gatewayUrl } })],
    ["GET", /^\/users\/@me$/, (request) => needsAuth(request) ?? { status: 200, body: botUser }],
    [
      "GET",
      /^\/applications\/@me$/,
      (request) => needsAuth(request) ?? { status: 200, body: application },
    ],
    [
      "PUT",
      /^\/applications\/(\d+)\/commands$/,
      (request, [app]) => {
        const denied = needsAuth(request);
        if (denied) return denied;
        if (app !== applicationId) return { status: 403, body: { message: "Missing Access" } };
        const problems = commandProblems(request.body);
        if (problems.length > 0) return invalid(request, problems);
        registered.global = request.body as unknown[];
        return { status: 200, body: withIds(request.body as Record<string, unknown>[]) };
      },
    ],
    [
      "PUT",
      /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
      (request, [app, guild]) => {
        const denied = needsAuth(request);
        if (denied) return denied;
        if (app !== applicationId || guild !== guildId) {
          return { status: 403, body: { message: "Missing Access", code: 50001 } };
        }
        const problems = commandProblems(request.body);
        if (problems.length > 0) return invalid(request, problems);
        registered.guilds.set(guild, request.body as unknown[]);
        return {
          status: 200,
          body: withIds(request.body as Record<string, unknown>[], guild),
        };
      },
    ],
    [
      "POST",
      /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
      (request, [id, interactionToken]) => {
        const record = interactions.get(id ?? "");
        if (!record || record.token !== interactionToken) {
          return { status: 404, body: { message: "Unknown interaction", code: 10062 } };
        }
        if (record.callback) {
          return invalid(request, [`interaction ${id} has already been acknowledged`]);
        }
        const callback = request.body as InteractionCallback;
        const problems =
          callback.type === 8
            ? choiceProblems(callback.data)
            : callback.type === 4 || callback.type === 7
              ? messageProblems(callback.data)
              : [];
        if (problems.length > 0) return invalid(request, problems);
        record.callback = callback;
        if (callback.type === 4 || callback.type === 5) {
          record.original = messageFrom(callback.data ?? {}, record);
        }
        return request.query.get("with_response") === "true"
          ? {
              status: 200,
              body: {
                interaction: { id, type: record.payload.type },
                resource: record.original ? { type: callback.type, message: record.original } : {},
              },
            }
          : { status: 204 };
      },
    ],
    [
      "GET",
      /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
      (_request, params) => {
        const record = webhookRecord(params);
        if (!record?.original) return unknownWebhook;
        return { status: 200, body: record.original };
      },
    ],
    [
      "PATCH",
      /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
      (request, params) => {
        const record = webhookRecord(params);
        const target =
          params[2] === "@original"
            ? record?.original
            : record?.followUps.find((message) => message.id === params[2]);
        if (!record || !target) return unknownWebhook;
        const problems = messageProblems(request.body);
        if (problems.length > 0) return invalid(request, problems);
        Object.assign(target, request.body, {
          flags: target.flags,
          edited_timestamp: new Date().toISOString(),
        });
        return { status: 200, body: target };
      },
    ],
    [
      "DELETE",
      /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
      (_request, params) => {
        const record = webhookRecord(params);
        if (!record) return unknownWebhook;
        if (params[2] === "@original") record.original = null;
        else record.followUps = record.followUps.filter((message) => message.id !== params[2]);
        return { status: 204 };
      },
    ],
    [
      "POST",
      /^\/webhooks\/(\d+)\/([^/]+)$/,
      (request, params) => {
        const record = webhookRecord(params);
        if (!record?.callback) return unknownWebhook;
        const problems = messageProblems(request.body);
        if (problems.length > 0) return invalid(request, problems);
        const message = messageFrom(request.body as Record<string, unknown>, record);
        record.followUps.push(message);
        return { status: 200, body: message };
      },
    ],
  ];

  function withIds(commands: Record<string, unknown>[], guild?: string) {
    return commands.map((command) => ({
      id: snowflake(),
      application_id: applicationId,
      version: snowflake(),
      type: 1,
      ...(guild ? { guild_id: guild } : {}),
      ...command,
    }));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const prefix = "/api/v10";
    const pathname = decodeURIComponent(url.pathname);
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      path: pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body: parseBody(raw, req.headers["content-type"]),
      status: 0,
      at: Date.now(),
    };

    let answer: ReturnType<Handler>;
    const limit = rateLimits.findIndex(
      (rule) => rule.method === request.method && rule.path.test(request.path),
    );
    const route = pathname.startsWith(prefix)
      ? routes.find(([method, pattern]) => method === request.method && pattern.test(request.path))
      : undefined;
    if (limit !== -1) {
      const [rule] = rateLimits.splice(limit, 1);
      const retryAfter = rule?.retryAfter ?? 0.1;
      answer = {
        status: 429,
        headers: { "retry-after": String(retryAfter), "x-ratelimit-scope": "user" },
        body: { message: "You are being rate limited.", retry_after: retryAfter, global: false },
      };
    } else if (!route) {
      failures.push(`unhandled request: ${request.method} ${url.pathname}${url.search}`);
      answer = { status: 404, body: { message: "404: Not Found (Discord stand-in)", code: 0 } };
    } else {
      const [, pattern, handler] = route;
      const params = (pattern.exec(request.path) ?? []).slice(1);
      answer = handler(request, params);
    }
    request.status = answer.status;
    requests.push(request);
    res.writeHead(answer.status, {
      ...(answer.body === undefined ? {} : { "content-type": "application/json" }),
      ...answer.headers,
    });
    res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
    settle();
  }

  // ------------------------------------------------------------- gateway

  const send = (ws: WebSocket, payload: unknown) => ws.send(JSON.stringify(payload));

  function deliver(entry: { s: number; t: string; d: unknown }) {
    if (socket && live) send(socket, { op: 0, ...entry });
  }

  function dispatch(event: string, data: unknown) {
    if (!session) throw new Error("Discord stand-in: no session yet; await waitForReady() first");
    session.sequence += 1;
    const entry = { s: session.sequence, t: event, d: data };
    session.sent.push(entry);
    deliver(entry);
  }

  function onGatewayMessage(ws: WebSocket, raw: string) {
    let payload: { op: number; d: Record<string, unknown> | number | null };
    try {
      payload = JSON.parse(raw);
    } catch {
      ws.close(4002, "Decode error");
      return;
    }
    const d = (payload.d ?? {}) as Record<string, unknown>;
    switch (payload.op) {
      case 1:
        gateway.heartbeats += 1;
        send(ws, { op: 11 });
        break;
      case 2: {
        if (d.token !== token) return void ws.close(4004, "Authentication failed");
        gateway.identifies += 1;
        session = { id: `session-${snowflake()}`, sequence: 0, sent: [] };
        live = true;
        dispatch("READY", {
          v: 10,
          user: botUser,
          guilds: [{ id: guildId, unavailable: true }],
          session_id: session.id,
          resume_gateway_url: gatewayUrl,
          shard: [0, 1],
          application: { id: applicationId, flags: 0 },
          user_settings: {},
          private_channels: [],
          presences: [],
          relationships: [],
          guild_join_requests: [],
        });
        dispatch("GUILD_CREATE", guild);
        break;
      }
      case 6: {
        if (d.token !== token) return void ws.close(4004, "Authentication failed");
        if (!session || d.session_id !== session.id) {
          send(ws, { op: 9, d: false });
          break;
        }
        gateway.resumes += 1;
        live = true;
        for (const entry of session.sent) if (entry.s > Number(d.seq)) deliver(entry);
        resumedCount += 1;
        dispatch("RESUMED", null);
        break;
      }
      default:
        break;
    }
    settle();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      failures.push(`stand-in crashed on ${req.method} ${req.url}: ${String(error)}`);
      res.writeHead(500).end();
    });
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on("upgrade", (req, duplex, head) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/gateway" || url.searchParams.get("encoding") !== "json") {
      failures.push(`unexpected gateway connection: ${req.url}`);
      duplex.destroy();
      return;
    }
    wss.handleUpgrade(req, duplex, head, (ws) => {
      socket?.terminate();
      socket = ws;
      live = false;
      gateway.connected = true;
      ws.on("message", (data) => onGatewayMessage(ws, data.toString()));
      ws.on("close", () => {
        if (socket === ws) {
          socket = null;
          live = false;
          gateway.connected = false;
        }
      });
      send(ws, { op: 10, d: { heartbeat_interval: heartbeatInterval } });
    });
  });

  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const restUrl = `http://127.0.0.1:${port}/api`;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  const recordOf = (id: string) => {
    const record = interactions.get(id);
    if (!record) throw new Error(`Discord stand-in: no interaction ${id} was dispatched`);
    return record;
  };

  return {
    restUrl,
    gatewayUrl,
    token,
    applicationId,
    botUser,
    guildId,
    channelId,
    requests,
    failures,
    gateway,
    registered,

    waitForReady: () =>
      waitFor("the bot to identify", () => (live && session ? true : undefined)).then(() => {}),

    waitForResume() {
      const before = resumedCount;
      return waitFor("RESUMED", () => (resumedCount > before ? true : undefined)).then(() => {});
    },

    dispatch,

    dispatchInteraction(payload) {
      const id = typeof payload.id === "string" ? payload.id : snowflake();
      const interactionToken =
        typeof payload.token === "string" ? payload.token : `itoken-${id}-${"x".repeat(40)}`;
      const full = {
        application_id: applicationId,
        version: 1,
        entitlements: [],
        app_permissions: "2248473465835073",
        attachment_size_limit: 10_485_760,
        ...payload,
        id,
        token: interactionToken,
      };
      const record: InteractionRecord = {
        id,
        token: interactionToken,
        payload: full,
        callback: null,
        original: null,
        followUps: [],
      };
      interactions.set(id, record);
      byToken.set(interactionToken, record);
      dispatch("INTERACTION_CREATE", full);
      return { id, token: interactionToken };
    },

    waitForCallback(id) {
      const record = recordOf(id);
      return waitFor(`the callback of interaction ${id}`, () => record.callback ?? undefined);
    },

    async waitForReply(id) {
      const record = recordOf(id);
      const callback = await waitFor(
        `the callback of interaction ${id}`,
        () => record.callback ?? undefined,
      );
      if (callback.type === 5) {
        await waitFor(`the deferred reply of interaction ${id} to be edited`, () =>
          record.original?.edited_timestamp ? true : undefined,
        );
      }
      const message =
        record.original ?? messageFrom(callback.data ?? {}, record /* an update (type 7) */);
      const flags = Number((callback.data as { flags?: number } | undefined)?.flags ?? 0);
      return { message, ephemeral: (flags & EPHEMERAL) !== 0 };
    },

    waitForFollowUp(id, index = 0) {
      const record = recordOf(id);
      return waitFor(`follow-up ${index} of interaction ${id}`, () => record.followUps[index]);
    },

    waitForRequest(predicate) {
      return waitFor("a matching request", () => requests.find(predicate));
    },

    rateLimitNext(match, retryAfterSeconds = 0.1) {
      rateLimits.push({ ...match, retryAfter: retryAfterSeconds });
    },

    dropGateway(code = 4000) {
      if (!socket) throw new Error("Discord stand-in: the bot is not connected");
      live = false;
      socket.close(code, "dropped by the test");
    },

    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (failures.length > 0) {
        throw new Error(`Discord stand-in saw bad requests:\n  ${failures.join("\n  ")}`);
      }
    },
  };
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === "") return undefined;
  if (contentType?.includes("application/json")) return JSON.parse(raw);
  return raw;
}
