/** A measured figure with its unit, as written to `latest.json`. */
export interface Figure {
  value: number | null;
  unit: string;
}

/** A figure; non-finite values become null (JSON has no NaN). */
export function figure(value: number | null | undefined, unit: string): Figure {
  return {
    value: value == null || !Number.isFinite(value) ? null : Math.round(value * 1000) / 1000,
    unit,
  };
}

/** Something the bench could not measure, and why (never a made-up number). */
export interface NotMeasured {
  notMeasured: string;
}
