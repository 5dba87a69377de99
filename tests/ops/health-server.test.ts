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

describe("GazetteMetrics", () => {
  const valueOf = (text: string, line: string) =>
    Number(
      text
        .split("\n")
        .find((row) => row.startsWith(`${line} `))
        ?.split(" ")
        .at(-1),
    );

  it("counts interactions by command, type and outcome, with a latency histogram", async () => {
    const metrics = new GazetteMetrics();
    metrics.observeInteraction({
      command: "ask",
      type: "command",
      outcome: "answered",
      durationMs: 3,
    });
    metrics.observeInteraction({
      command: "ask",
      type: "command",
      outcome: "answered",
      durationMs: 7,
    });
    metrics.observeInteraction({
      command: "ask",
      type: "command",
      outcome: "no_answer",
      durationMs: 2,
    });
    const { body } = await metrics.text();
    expect(
      valueOf(body, 'gazette_interactions_total{command="ask",type="command",outcome="answered"}'),
    ).toBe(2);
    expect(
      valueOf(body, 'gazette_interactions_total{command="ask",type="command",outcome="no_answer"}'),
    ).toBe(1);
    expect(
      valueOf(body, 'gazette_interaction_duration_seconds_count{command="ask",type="command"}'),
    ).toBe(3);
    expect(
      valueOf(
        body,
        'gazette_interaction_duration_seconds_bucket{le="0.005",command="ask",type="command"}',
      ),
    ).toBe(2);
  });

  it("records reindexes and their failures, and reads the gauges when scraped", async () => {
    let articles = 2;
    const metrics = new GazetteMetrics({
      pingMs: () => 40,
      gatewayConnected: () => true,
      index: () => ({ generation: 3, articles, passages: 5, leftOut: 1 }),
    });
    metrics.observeReindex({ ok: true, durationMs: 120 });
    metrics.observeReindex({ ok: false, durationMs: 30 });
    articles = 4;
    const { body } = await metrics.text();
    expect(valueOf(body, "gazette_reindex_duration_seconds_count")).toBe(2);
    expect(valueOf(body, "gazette_reindex_failures_total")).toBe(1);
    expect(valueOf(body, "gazette_gateway_ping_seconds")).toBe(0.04);
    expect(valueOf(body, "gazette_gateway_connected")).toBe(1);
    expect(valueOf(body, "gazette_index_articles")).toBe(4);
    expect(valueOf(body, "gazette_index_generation")).toBe(3);
    expect(valueOf(body, "gazette_corpus_left_out")).toBe(1);
    expect(body).toContain("process_cpu_user_seconds_total");
    expect(body).toContain("nodejs_eventloop_lag_seconds");
  });

  it("shows NaN, not 0, for gauges whose value is not known yet", async () => {
    const { body } = await new GazetteMetrics().text();
    expect(body).toMatch(/^gazette_index_articles nan$/im);
    expect(body).toMatch(/^gazette_gateway_ping_seconds nan$/im);
    expect(body).toMatch(/^gazette_gateway_connected 0$/m);
  });
});
