import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { checkInteraction } from "../discord/interaction-gate.js";
import type { Logger } from "../logger.js";
import type { FirstAnswer } from "./first-responses.js";
import { SeenInteractions } from "./seen-interactions.js";
import { type PublicKey, type SignatureCheck, verifyDiscordSignature } from "./signature.js";

/** The one path Discord posts interactions to (the Interactions Endpoint URL ends with it). */
export const INTERACTIONS_PATH = "/interactions";

/**
 * The largest request body accepted, in bytes. A button click carries the whole message it was on
 * (at most 6000 characters of embeds, 2000 of content, components): far below 256 KiB even with
 * 4-byte characters; anything larger is not Discord's.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/** Interaction type 1: Discord checks the endpoint is alive (and answers PONG, type 1). */
const PING = 1;

export interface InteractionsServerOptions {
  port: number;
  host: string;
  /** The application's public key, imported once (see `importPublicKey`). */
  publicKey: PublicKey;
  /**
   * Handles one verified interaction that passed the schema gate; resolves with its first
   * response. `written` is told once that answer is on the wire, or lost with its connection.
   */
  onInteraction(
    payload: Record<string, unknown>,
    written: Promise<"delivered" | "lost">,
  ): Promise<FirstAnswer>;
  logger: Logger;
  /** The clock for the signature timestamp's age (tests). */
  now?: () => number;
}

/** A listening interactions endpoint. */
export interface InteractionsServer {
  readonly port: number;
  readonly host: string;
  /** Stops accepting connections and closes the idle ones; resolves once all are closed. */
  close(): Promise<void>;
}

/**
 * Serves Discord's interactions over HTTP: `POST /interactions` with a signed JSON body. Every
 * request's Ed25519 signature is verified before anything is read from it (401 otherwise, and
 * nothing runs); bodies past {@link MAX_BODY_BYTES} get 413, other paths 404, other methods 405,
 * a body that is not JSON or fails the schema gate a 400 naming the problem, an interaction id
 * this process already received a 409 (a replay). PING gets PONG.
 */
export async function startInteractionsServer(
  options: InteractionsServerOptions,
): Promise<InteractionsServer> {
  const { logger } = options;
  const seen = new SeenInteractions(options.now ? { now: options.now } : {});
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error({ err: error }, "interactions endpoint failed on a request");
      if (!response.headersSent) send(response, 500, { error: "internal error" });
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    if (pathname !== INTERACTIONS_PATH) {
      request.resume();
      send(response, 404, {
        error: `not found: Discord posts interactions to ${INTERACTIONS_PATH}`,
      });
      return;
    }
    if (request.method !== "POST") {
      request.resume();
      send(response, 405, { error: "method not allowed: POST only" }, { allow: "POST" });
      return;
    }
    const body = await readBody(request);
    if (body === null) {
      send(
        response,
        413,
        { error: `body larger than ${MAX_BODY_BYTES} bytes` },
        { connection: "close" },
      );
      return;
    }
    const check = await verifyDiscordSignature(
      request.headers,
      body,
      options.publicKey,
      options.now,
    );
    if (check !== "valid") return refuse(response, check);

    let payload: unknown;
    try {
      payload = JSON.parse(body.toString("utf8"));
    } catch {
      send(response, 400, { error: "body is not JSON" });
      return;
    }
    if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
      send(response, 400, { error: "body is not an interaction object" });
      return;
    }
    const record = payload as Record<string, unknown>;
    if (record.type === PING) {
      send(response, 200, { type: PING });
      return;
    }
    const unreadable = checkInteraction(payload);
    if (unreadable) {
      logger.warn(
        { problem: unreadable.problem, interactionId: unreadable.answer?.id },
        "unreadable interaction",
      );
      send(response, 400, { error: unreadable.problem });
      return;
    }
    if (!seen.firstTime(String(record.id))) {
      logger.warn(
        { interactionId: record.id },
        "interaction received twice: the replay is refused",
      );
      send(response, 409, { error: "this interaction was already received" });
      return;
    }
    // Listening from now on: a connection closed while the command works means its answer is lost.
    const wire = new Promise<"delivered" | "lost">((resolve) =>
      response.once("close", () => resolve(response.writableFinished ? "delivered" : "lost")),
    );
    const answer = await options.onInteraction(record, wire);
    if (response.destroyed) return;
    response.writeHead(200, {
      "content-type": answer.contentType,
      "content-length": Buffer.byteLength(answer.body),
    });
    response.end(answer.body);
  }

  function refuse(response: ServerResponse, check: Exclude<SignatureCheck, "valid">) {
    // Discord's portal itself sends badly signed requests when the URL is saved, and expects 401.
    logger.debug({ check }, "interaction refused: signature");
    if (check === "stale") {
      logger.warn(
        {},
        "an interaction's signature timestamp is far from this machine's clock: check its time (NTP)",
      );
    }
    send(response, 401, { error: `invalid request signature (${check})` });
  }

  /** The body, or null past {@link MAX_BODY_BYTES} (the rest is read and dropped, never kept). */
  function readBody(request: IncomingMessage): Promise<Buffer | null> {
    const declared = Number(request.headers["content-length"] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      request.resume();
      return Promise.resolve(null);
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      request.on("data", (chunk: Buffer) => {
        if (size > MAX_BODY_BYTES) return;
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          chunks.length = 0;
          resolve(null);
        } else chunks.push(chunk);
      });
      request.on("end", () => resolve(Buffer.concat(chunks)));
      request.on("error", reject);
    });
  }

  // Discord keeps connections open between requests: a stop must not wait for idle ones.
  server.keepAliveTimeout = 5000;
  // A request is a few kilobytes sent at once: a client trickling it is not Discord.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.listen(options.port, options.host);
  await Promise.race([
    once(server, "listening"),
    once(server, "error").then(([error]) => Promise.reject(error as Error)),
  ]);
  const { port } = server.address() as AddressInfo;
  return {
    port,
    host: options.host,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
