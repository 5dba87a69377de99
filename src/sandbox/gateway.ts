/**
 * The stand-in's gateway (v10, JSON encoding) on `ws://127.0.0.1:<port>/gateway`: HELLO,
 * heartbeats, IDENTIFY answered by READY and GUILD_CREATE, RESUME replaying what was missed,
 * dispatches buffered while the bot is away.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  type GatewayDispatchPayload,
  type GatewayIdentifyData,
  GatewayOpcodes,
  type GatewayReadyDispatchData,
  type GatewayResumeData,
  type GatewayReceivePayload,
  type GatewaySendPayload,
} from "discord-api-types/v10";
import { type WebSocket, WebSocketServer } from "ws";
import type { World } from "./world.js";

/** Gateway counters, for tests. */
export interface GatewayCounters {
  identifies: number;
  resumes: number;
  heartbeats: number;
  connected: boolean;
}

interface SentDispatch {
  s: number;
  t: GatewayDispatchPayload["t"];
  d: GatewayDispatchPayload["d"];
}

/** The gateway side of a stand-in. */
export interface Gateway {
  readonly counters: GatewayCounters;
  /** True once the bot has identified or resumed and receives dispatches. */
  readonly live: boolean;
  readonly hasSession: boolean;
  /** How many RESUMED were sent so far. */
  readonly resumedCount: number;
  /** Sends a dispatch; buffered while the bot is disconnected, replayed on RESUME. */
  dispatch<T extends GatewayDispatchPayload>(event: T["t"], data: T["d"]): void;
  /** Handles an HTTP upgrade request for the gateway. */
  upgrade(req: IncomingMessage, duplex: Duplex, head: Buffer): void;
  /** Closes the bot's connection with `code`. */
  drop(code: number): void;
  close(): void;
}

export interface GatewayOptions {
  world: World;
  token: string;
  heartbeatIntervalMs: number;
  gatewayUrl: () => string;
  fail(problem: string): void;
  /** Called after every message received, once its effects are stored. */
  changed(): void;
}

/** The gateway of a stand-in; attach it to an HTTP server's `upgrade` event. */
export function createGateway(options: GatewayOptions): Gateway {
  const { world, token } = options;
  const counters: GatewayCounters = { identifies: 0, resumes: 0, heartbeats: 0, connected: false };
  let session: { id: string; sequence: number; sent: SentDispatch[] } | null = null;
  let socket: WebSocket | null = null;
  let live = false;
  let resumedCount = 0;

  // What the stand-in sends: Discord's receive payloads (what a bot receives).
  const send = (ws: WebSocket, payload: GatewayReceivePayload) => ws.send(JSON.stringify(payload));

  const deliver = (entry: SentDispatch) => {
    if (socket && live) {
      send(socket, { op: GatewayOpcodes.Dispatch, ...entry } as GatewayReceivePayload);
    }
  };

  function dispatch<T extends GatewayDispatchPayload>(event: T["t"], data: T["d"]) {
    if (!session) throw new Error("Discord stand-in: no session yet; await waitForReady() first");
    session.sequence += 1;
    const entry: SentDispatch = { s: session.sequence, t: event, d: data };
    session.sent.push(entry);
    deliver(entry);
  }

  function identify(ws: WebSocket, data: GatewayIdentifyData) {
    if (data.token !== token) {
      ws.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed");
      return;
    }
    counters.identifies += 1;
    session = { id: `session-${world.snowflake()}`, sequence: 0, sent: [] };
    live = true;
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: world.botUser,
      guilds: [{ id: world.guild.id, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: options.gatewayUrl(),
      shard: [0, 1],
      application: {
        id: world.application.id,
        flags: world.application.flags,
        flags_new: world.application.flags_new,
      },
    };
    dispatch(GatewayDispatchEvents.Ready, ready);
    dispatch(GatewayDispatchEvents.GuildCreate, world.guild);
  }

  function resume(ws: WebSocket, data: GatewayResumeData) {
    if (data.token !== token) {
      ws.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed");
      return;
    }
    if (!session || data.session_id !== session.id) {
      send(ws, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    counters.resumes += 1;
    live = true;
    for (const entry of session.sent) if (entry.s > data.seq) deliver(entry);
    resumedCount += 1;
    dispatch(GatewayDispatchEvents.Resumed, undefined);
  }

  function onMessage(ws: WebSocket, raw: string) {
    let payload: GatewaySendPayload;
    try {
      payload = JSON.parse(raw) as GatewaySendPayload;
    } catch {
      ws.close(GatewayCloseCodes.DecodeError, "Decode error");
      return;
    }
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        counters.heartbeats += 1;
        send(ws, { op: GatewayOpcodes.HeartbeatAck, d: undefined, s: null, t: null });
        break;
      case GatewayOpcodes.Identify:
        identify(ws, payload.d);
        break;
      case GatewayOpcodes.Resume:
        resume(ws, payload.d);
        break;
      default:
        break;
    }
    options.changed();
  }

  const wss = new WebSocketServer({ noServer: true });

  return {
    counters,
    get live() {
      return live;
    },
    get hasSession() {
      return session !== null;
    },
    get resumedCount() {
      return resumedCount;
    },
    dispatch,
    upgrade(req, duplex, head) {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (url.pathname !== "/gateway" || url.searchParams.get("encoding") !== "json") {
        options.fail(`unexpected gateway connection: ${req.url}`);
        duplex.destroy();
        return;
      }
      wss.handleUpgrade(req, duplex, head, (ws) => {
        socket?.terminate();
        socket = ws;
        live = false;
        counters.connected = true;
        ws.on("message", (data) => onMessage(ws, data.toString()));
        ws.on("close", () => {
          if (socket === ws) {
            socket = null;
            live = false;
            counters.connected = false;
          }
        });
        send(ws, {
          op: GatewayOpcodes.Hello,
          d: { heartbeat_interval: options.heartbeatIntervalMs },
          s: null,
          t: null,
        });
      });
    },
    drop(code) {
      if (!socket) throw new Error("Discord stand-in: the bot is not connected");
      live = false;
      socket.close(code, "dropped by the test");
    },
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
