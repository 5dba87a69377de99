import { afterEach, describe, expect, it } from "vitest";
import {
  type HealthReport,
  type HealthServer,
  startHealthServer,
} from "../../src/ops/health-server.js";
import { GazetteMetrics } from "../../src/ops/metrics.js";

let server: HealthServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const ready: HealthReport = {
  status: "ok",
  gateway: { connected: true, pingMs: 42 },
  index: { generation: 1, articles: 2, passages: 5, leftOut: 0 },
};

async function serve(report: () => HealthReport, metrics = new GazetteMetrics()) {
  server = await startHealthServer({
    port: 0,
    host: "127.0.0.1",
    health: report,
    metrics: () => metrics.text(),
  });
  return `http://127.0.0.1:${server.port}`;
}

describe("the health server", () => {
  it("answers /healthz 200 with the report when ready, 503 otherwise", async () => {
    let report = ready;
    const base = await serve(() => report);
    const ok = await fetch(`${base}/healthz`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/json");
    expect(await ok.json()).toEqual(ready);

    report = { status: "starting", gateway: { connected: false, pingMs: null }, index: null };
    const starting = await fetch(`${base}/healthz`);
    expect([starting.status, ((await starting.json()) as HealthReport).status]).toEqual([
      503,
      "starting",
    ]);
  });

  it("serves /metrics as Prometheus text, and 404 for anything else", async () => {
    const base = await serve(() => ready);
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get("content-type")).toContain("text/plain");
    expect(await metrics.text()).toContain("# TYPE gazette_interactions_total counter");
    for (const [method, url] of [
      ["GET", "/"],
      ["GET", "/healthz/extra"],
      ["POST", "/metrics"],
    ] as const) {
      expect((await fetch(`${base}${url}`, { method })).status).toBe(404);
    }
  });

  it("binds only the host it is given", async () => {
    await serve(() => ready);
    expect(server?.host).toBe("127.0.0.1");
    // The same port on another local address of the machine is not served.
    await expect(fetch(`http://127.0.0.2:${server?.port}/healthz`)).rejects.toThrow();
  });
});
