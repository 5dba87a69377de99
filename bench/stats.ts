/** A latency (or other) distribution summarized the way the bench reports it. */
export interface Distribution {
  /** Number of samples. */
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * The `p`-th percentile (0-100) of the samples, by linear interpolation between the two closest
 * ranks (the definition of numpy's default and of most dashboards). Throws on an empty sample.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error("percentile: no sample");
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile: p must be within 0-100 (got ${p})`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  const highValue = sorted[high] as number;
  return lowValue + (highValue - lowValue) * (rank - low);
}

/** p50, p99, max and mean of the samples. */
export function summarize(samples: readonly number[]): Distribution {
  if (samples.length === 0)
    return { n: 0, p50: Number.NaN, p99: Number.NaN, max: Number.NaN, mean: Number.NaN };
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: Math.max(...samples),
    mean: samples.reduce((sum, value) => sum + value, 0) / samples.length,
  };
}

/** `a / b`, or null when either is missing or `b` is zero. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return a / b;
}

/** Rounds to `digits` significant-looking decimals for JSON output (keeps small latencies readable). */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
