/**
 * The stand-in's gateway (v10, JSON encoding) on `ws://127.0.0.1:<port>/gateway`: HELLO,
 * heartbeats, IDENTIFY answered by READY and GUILD_CREATE, RESUME replaying what was missed,
 * dispatches buffered while the bot is away. Sharded as Discord: each connection identifies as
 * `shard: [id, count]` (none means `[0, 1]`), gets the servers `(guild_id >> 22) % count === id`,
 * and a server's events go to its shard's connection only.
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
import { shardOfGuild, type World } from "./world.js";

/** Gateway counters, for tests. */
export interface GatewayCounters {
  identifies: number;
  resumes: number;
  heartbeats: number;
  /** Whether any shard's connection is open. */
  connected: boolean;
}

/** One IDENTIFY the stand-in accepted: the shard it named and which connection sent it. */
export interface IdentifyRecord {
  shard: [id: number, count: number];
  /** 1 for the first connection the gateway accepted, 2 for the next… */
  connection: number;
}

interface SentDispatch {
  s: number;
  t: GatewayDispatchPayload["t"];
  d: GatewayDispatchPayload["d"];
}

/** A shard's session: what it was sent (to replay on RESUME) and its current connection. */
interface ShardSession {
  id: string;
  shard: [number, number];
  sequence: number;
  sent: SentDispatch[];
  socket: WebSocket | null;
  live: boolean;
}

/** The gateway side of a stand-in. */
export interface Gateway {
  readonly counters: GatewayCounters;
  /** Every IDENTIFY accepted, in order. */
  readonly identified: readonly IdentifyRecord[];
  /** True once every shard of the bot's shard count has identified (or resumed) and is live. */
  readonly live: boolean;
  readonly hasSession: boolean;
  /** How many RESUMED were sent so far. */
  readonly resumedCount: number;
  /**
   * Sends a dispatch to `shard` (default 0); buffered while that shard is disconnected, replayed
   * on RESUME.
   */
  dispatch<T extends GatewayDispatchPayload>(event: T["t"], data: T["d"], shard?: number): void;
  /** The shard a server's events go to with the bot's current shard count (0 for none). */
  shardOfGuild(guildId: string | undefined): number;
  /** Handles an HTTP upgrade request for the gateway. */
  upgrade(req: IncomingMessage, duplex: Duplex, head: Buffer): void;
  /** Closes the bot's connection of `shard` (every shard's when not given) with `code`. */
  drop(code: number, shard?: number): void;
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
  const identified: IdentifyRecord[] = [];
  /** Sessions by shard id; the count is the one the bot identified with. */
  const sessions = new Map<number, ShardSession>();
  let shardCount = 1;
  const sockets = new Set<WebSocket>();
  let connections = 0;
  let resumedCount = 0;

  // What the stand-in sends: Discord's receive payloads (what a bot receives).
  const send = (ws: WebSocket, payload: GatewayReceivePayload) => ws.send(JSON.stringify(payload));

  const deliver = (session: ShardSession, entry: SentDispatch) => {
    if (session.socket && session.live) {
      send(session.socket, { op: GatewayOpcodes.Dispatch, ...entry } as GatewayReceivePayload);
    }
  };

  const sendTo = (session: ShardSession, event: SentDispatch["t"], data: SentDispatch["d"]) => {
    session.sequence += 1;
    const entry: SentDispatch = { s: session.sequence, t: event, d: data };
    session.sent.push(entry);
    deliver(session, entry);
  };

  function dispatch<T extends GatewayDispatchPayload>(event: T["t"], data: T["d"], shard = 0) {
    const session = sessions.get(shard);
    if (!session) {
      throw new Error(
        `Discord stand-in: shard ${shard} has no session yet; await waitForReady() first`,
      );
    }
    sendTo(session, event, data);
  }

  const shardOf = (guildId: string | undefined) =>
    guildId === undefined ? 0 : shardOfGuild(guildId, shardCount);

  function identify(ws: WebSocket, connection: number, data: GatewayIdentifyData) {
    if (data.token !== token) {
      ws.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed");
      return;
    }
    const [id, count] = data.shard ?? [0, 1];
    if (!Number.isInteger(count) || count < 1 || !Number.isInteger(id) || id < 0 || id >= count) {
      ws.close(GatewayCloseCodes.InvalidShard, "Invalid shard");
      return;
    }
    if (count !== shardCount) {
      // A new shard count: sessions of the old one are over (as after a restart with more shards).
      for (const session of sessions.values()) if (session.socket !== ws) session.socket?.close();
      sessions.clear();
      shardCount = count;
    }
    counters.identifies += 1;
    identified.push({ shard: [id, count], connection });
    const previous = sessions.get(id);
    if (previous?.socket && previous.socket !== ws) previous.socket.terminate();
    const session: ShardSession = {
      id: `session-${world.snowflake()}`,
      shard: [id, count],
      sequence: 0,
      sent: [],
      socket: ws,
      live: true,
    };
    sessions.set(id, session);
    const guilds = world.guilds.filter(({ guild }) => shardOfGuild(guild.id, count) === id);
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: world.botUser,
      guilds: guilds.map(({ guild }) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: options.gatewayUrl(),
      shard: [id, count],
      application: {
        id: world.application.id,
        flags: world.application.flags,
        flags_new: world.application.flags_new,
      },
    };
    sendTo(session, GatewayDispatchEvents.Ready, ready);
    for (const { guild } of guilds) sendTo(session, GatewayDispatchEvents.GuildCreate, guild);
  }

  function resume(ws: WebSocket, data: GatewayResumeData) {
    if (data.token !== token) {
      ws.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed");
      return;
    }
    const session = [...sessions.values()].find((candidate) => candidate.id === data.session_id);
    if (!session) {
      send(ws, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    counters.resumes += 1;
    if (session.socket && session.socket !== ws) session.socket.terminate();
    session.socket = ws;
    session.live = true;
    for (const entry of session.sent) if (entry.s > data.seq) deliver(session, entry);
    resumedCount += 1;
    sendTo(session, GatewayDispatchEvents.Resumed, undefined);
  }

  function onMessage(ws: WebSocket, connection: number, raw: string) {
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
        identify(ws, connection, payload.d);
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
    identified,
    get live() {
      if (sessions.size < shardCount) return false;
      return [...sessions.values()].every((session) => session.live);
    },
    get hasSession() {
      return sessions.size > 0;
    },
    get resumedCount() {
      return resumedCount;
    },
    dispatch,
    shardOfGuild: shardOf,
    upgrade(req, duplex, head) {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (url.pathname !== "/gateway" || url.searchParams.get("encoding") !== "json") {
        options.fail(`unexpected gateway connection: ${req.url}`);
        duplex.destroy();
        return;
      }
      wss.handleUpgrade(req, duplex, head, (ws) => {
        connections += 1;
        const connection = connections;
        sockets.add(ws);
        counters.connected = true;
        ws.on("message", (data) => onMessage(ws, connection, data.toString()));
        ws.on("close", () => {
          sockets.delete(ws);
          counters.connected = sockets.size > 0;
          for (const session of sessions.values()) {
            if (session.socket === ws) {
              session.socket = null;
              session.live = false;
            }
          }
          options.changed();
        });
        send(ws, {
          op: GatewayOpcodes.Hello,
          d: { heartbeat_interval: options.heartbeatIntervalMs },
          s: null,
          t: null,
        });
      });
    },
    drop(code, shard) {
      const dropped = [...sessions.values()].filter(
        (session) => session.socket && (shard === undefined || session.shard[0] === shard),
      );
      if (dropped.length === 0) throw new Error("Discord stand-in: the bot is not connected");
      for (const session of dropped) {
        session.live = false;
        session.socket?.close(code, "dropped by the test");
      }
    },
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
