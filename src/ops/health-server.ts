import { once } from "node:events";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What `GET /healthz` answers, as JSON: 200 when `status` is `ok`, 503 otherwise. */
export interface HealthReport {
  /** `ok` once ready and connected; `starting`, `disconnected` or `stopping` otherwise. */
  status: "ok" | "starting" | "disconnected" | "stopping";
  gateway: { connected: boolean; pingMs: number | null };
  /** The serving index; null until it is built. */
  index: { generation: number; articles: number; passages: number; leftOut: number } | null;
}

export interface HealthServerOptions {
  port: number;
  host: string;
  /** The report of the moment. */
  health: () => HealthReport;
  /** The Prometheus exposition of the moment. */
  metrics: () => Promise<{ contentType: string; body: string }>;
}

/** A listening health server. */
export interface HealthServer {
  /** The port it listens on (the one picked when asked for 0). */
  readonly port: number;
  readonly host: string;
  close(): Promise<void>;
}

/**
 * Serves `GET /healthz` (JSON {@link HealthReport}; 200 when ready, 503 otherwise) and
 * `GET /metrics` (Prometheus text). Anything else is 404. Bound to `host` only.
 */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    if (request.method === "GET" && pathname === "/healthz") {
      const report = options.health();
      send(
        response,
        report.status === "ok" ? 200 : 503,
        "application/json",
        JSON.stringify(report),
      );
      return;
    }
    if (request.method === "GET" && pathname === "/metrics") {
      options.metrics().then(
        ({ contentType, body }) => send(response, 200, contentType, body),
        (error: unknown) =>
          send(response, 500, "text/plain; charset=utf-8", `metrics failed: ${String(error)}\n`),
      );
      return;
    }
    send(response, 404, "text/plain; charset=utf-8", "not found: try /healthz or /metrics\n");
  });
  // Health checks are short requests: do not let an idle keep-alive connection delay a stop.
  server.keepAliveTimeout = 1000;
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
        server.closeAllConnections();
      }),
  };
}

function send(response: ServerResponse, status: number, contentType: string, body: string) {
  response.writeHead(status, {
    "content-type": contentType,
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(body),
  });
  response.end(body);
}
