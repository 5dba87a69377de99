import { describe, expect, it } from "vitest";
import { GazetteMetrics } from "../../src/ops/metrics.js";

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
