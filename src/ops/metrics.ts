import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** One handled interaction, as the dispatcher reports it. */
export interface InteractionEvent {
  command: string;
  type: "command" | "button" | "modal" | "autocomplete";
  outcome: "answered" | "no_answer" | "refused" | "error";
  durationMs: number;
}

/** One reindex, successful or not. */
export interface ReindexEvent {
  ok: boolean;
  durationMs: number;
}

/** What the gauges read when scraped; each returns null while it is not known yet (NaN then). */
export interface MetricsSources {
  /** Gateway heartbeat round trip, ms. */
  pingMs(): number | null;
  gatewayConnected(): boolean;
  index(): { generation: number; articles: number; passages: number; leftOut: number } | null;
}

const noSources: MetricsSources = {
  pingMs: () => null,
  gatewayConnected: () => false,
  index: () => null,
};

/** Latency buckets for interaction handlers, in seconds (a reply takes ms; a reindex, seconds). */
const HANDLER_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const REINDEX_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

/**
 * Gazette's Prometheus metrics, in a registry of their own beside Node's default process metrics
 * (`process_*`, `nodejs_*`). Every Gazette metric is named `gazette_…`:
 *
 * - `gazette_interactions_total{command,type,outcome}`: interactions handled, by outcome
 *   (`answered`, `no_answer`, `refused`, `error`); the no-answer rate is `no_answer` over
 *   `answered` + `no_answer` for `type="command"`.
 * - `gazette_interaction_duration_seconds{command,type}`: handler latency histogram.
 * - `gazette_reindex_duration_seconds` (histogram) and `gazette_reindex_failures_total`.
 * - `gazette_gateway_ping_seconds`, `gazette_gateway_connected`.
 * - `gazette_index_articles`, `gazette_index_passages`, `gazette_index_generation`,
 *   `gazette_corpus_left_out` (invalid files or alias groups left out of the serving index).
 */
export class GazetteMetrics {
  readonly registry = new Registry();
  readonly #interactions: Counter<"command" | "type" | "outcome">;
  readonly #latency: Histogram<"command" | "type">;
  readonly #reindexDuration: Histogram;
  readonly #reindexFailures: Counter;

  constructor(sources: MetricsSources = noSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.#interactions = new Counter({
      name: "gazette_interactions_total",
      help: "Interactions handled, by command, type (command, button, modal, autocomplete) and outcome (answered, no_answer, refused, error)",
      labelNames: ["command", "type", "outcome"],
      registers,
    });
    this.#latency = new Histogram({
      name: "gazette_interaction_duration_seconds",
      help: "Time from receiving an interaction to its last reply, by command and type",
      labelNames: ["command", "type"],
      buckets: HANDLER_BUCKETS,
      registers,
    });
    this.#reindexDuration = new Histogram({
      name: "gazette_reindex_duration_seconds",
      help: "Duration of reindexes (read the corpus, build, swap), successful or not",
      buckets: REINDEX_BUCKETS,
      registers,
    });
    this.#reindexFailures = new Counter({
      name: "gazette_reindex_failures_total",
      help: "Reindexes that kept the previous index serving (no valid article, or a build error)",
      registers,
    });
    const gauge = (name: string, help: string, read: () => number | null) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          // Prometheus has no "unknown" but NaN (prom-client writes "Nan"; parsers accept any case).
          this.set(read() ?? Number.NaN);
        },
      });
    gauge("gazette_gateway_ping_seconds", "Discord gateway heartbeat round trip", () => {
      const ping = sources.pingMs();
      return ping === null ? null : ping / 1000;
    });
    gauge("gazette_gateway_connected", "1 while the Discord gateway connection is ready", () =>
      sources.gatewayConnected() ? 1 : 0,
    );
    gauge(
      "gazette_index_articles",
      "Articles in the serving index",
      () => sources.index()?.articles ?? null,
    );
    gauge(
      "gazette_index_passages",
      "Passages (paragraphs) in the serving index",
      () => sources.index()?.passages ?? null,
    );
    gauge(
      "gazette_index_generation",
      "1 for the index built at start, one more per successful reindex",
      () => sources.index()?.generation ?? null,
    );
    gauge(
      "gazette_corpus_left_out",
      "Invalid corpus files (or alias groups) left out of the serving index",
      () => sources.index()?.leftOut ?? null,
    );
  }

  /** Counts an interaction and records its latency. */
  observeInteraction(event: InteractionEvent): void {
    this.#interactions.inc({ command: event.command, type: event.type, outcome: event.outcome });
    this.#latency.observe({ command: event.command, type: event.type }, event.durationMs / 1000);
  }

  /** Records a reindex's duration, and counts it as a failure when the old index kept serving. */
  observeReindex(event: ReindexEvent): void {
    this.#reindexDuration.observe(event.durationMs / 1000);
    if (!event.ok) this.#reindexFailures.inc();
  }

  /** The Prometheus text exposition of every metric. */
  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
