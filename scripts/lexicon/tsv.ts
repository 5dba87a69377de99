/** Writing and reading the lexicons' tab-separated files: one header row, then sorted rows. */

/** Compares strings by UTF-16 code units, so the order does not depend on the machine's locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares rows column by column with {@link compareCodeUnits}. */
export function compareRows(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const order = compareCodeUnits(a[i] ?? "", b[i] ?? "");
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * Formats rows as TSV: the header row, then the rows sorted with {@link compareRows}, each line
 * ending with `\n`. Throws when a cell holds a tab or a newline.
 */
export function formatTsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [...rows].sort(compareRows).map((row) => {
    for (const cell of row) {
      if (/[\t\n]/.test(cell)) throw new Error(`tsv: cell "${cell}" holds a tab or a newline`);
    }
    return row.join("\t");
  });
  return [header.join("\t"), ...lines].map((line) => `${line}\n`).join("");
}

/**
 * Parses TSV text whose first row must equal `header`; returns the other rows. Throws naming the
 * file when the header differs or a row has the wrong number of cells.
 */
export function parseTsv(text: string, header: readonly string[], name: string): string[][] {
  const lines = text.split("\n").filter((line) => line !== "");
  if (lines[0] !== header.join("\t")) {
    throw new Error(`${name}: the first line must be the header "${header.join("\\t")}"`);
  }
  return lines.slice(1).map((line, i) => {
    const cells = line.split("\t");
    if (cells.length !== header.length) {
      throw new Error(
        `${name}: line ${i + 2} has ${cells.length} cells, expected ${header.length}`,
      );
    }
    return cells;
  });
}

/** Formats a weight with two decimals (`0.85`). */
export function formatWeight(weight: number): string {
  return weight.toFixed(2);
}
