/** A plain-text table: header row, aligned columns (numbers right-aligned), for terminals and Markdown. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return column > 0 && /^[-+0-9.,x%< >]+[a-zA-Z/%]*$/.test(cell)
          ? cell.padStart(width)
          : cell.padEnd(width);
      })
      .join(" | ")} |`;
  const rule = `|${widths.map((width, column) => (column > 0 ? `${"-".repeat(width + 1)}:` : "-".repeat(width + 2))).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** A figure for display: `—` when missing, otherwise fixed decimals. */
export function show(value: number | null | undefined, decimals = 2, suffix = ""): string {
  if (value == null || !Number.isFinite(value)) return "—";
  return `${value.toFixed(decimals)}${suffix}`;
}

/** A fraction in 0-1 shown as a percentage. */
export function percent(value: number | null | undefined): string {
  return value == null ? "—" : `${(value * 100).toFixed(1)}%`;
}

/** Bytes as MB (10^6), one decimal. */
export function megabytes(bytes: number | null | undefined): string {
  return bytes == null ? "—" : `${(bytes / 1e6).toFixed(1)} MB`;
}
