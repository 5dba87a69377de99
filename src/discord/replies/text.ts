/** Text helpers every reply formatter uses: escaping and truncation on word boundaries. */

export const ELLIPSIS = "…";
const ZERO_WIDTH_SPACE = "\u200b";

/**
 * Escapes text from users or from the corpus so Discord shows it as written: no markdown
 * (bold, italics, code, spoilers, links, headings, quotes, lists) and no mention, role, channel,
 * command or timestamp tag; `@everyone` and `@here` are broken with a zero-width space.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, "\\$&")
    .replace(/^([ \t]*)(>|#|-|\+|\d+\.)/gm, (_match, indent: string, mark: string) =>
      mark.endsWith(".") ? `${indent}${mark.slice(0, -1)}\\.` : `${indent}\\${mark}`,
    )
    .replace(/<(?=[@#/:]|a:|t:)/g, `<${ZERO_WIDTH_SPACE}`)
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`);
}

/**
 * Cuts `text` to at most `max` characters, on a word boundary when one is near, ending with "…".
 * Never splits a surrogate pair.
 */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return "";
  const room = max - ELLIPSIS.length;
  let end = room;
  if (!/\s/.test(text[room] ?? " ")) {
    const space = text.slice(0, room + 1).search(/\s\S*$/);
    if (space > room / 2) end = space;
  }
  end = safeEnd(text, end);
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/** The largest `end <= position` that does not split a surrogate pair. */
export function safeEnd(text: string, position: number): number {
  const code = text.charCodeAt(position - 1);
  return code >= 0xd800 && code <= 0xdbff ? position - 1 : position;
}

/**
 * Escapes raw text and truncates it (before escaping, on a word boundary) so the escaped result
 * fits in `max` characters.
 */
export function fitEscaped(raw: string, max: number): string {
  const whole = escapeText(raw);
  if (whole.length <= max) return whole;
  let low = 0;
  let high = Math.min(raw.length, max);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (escapeText(truncateWords(raw, middle)).length <= max) low = middle;
    else high = middle - 1;
  }
  const fitted = escapeText(truncateWords(raw, low));
  return fitted.length <= max ? fitted : ELLIPSIS.slice(0, max);
}

/** Joins lines, dropping the last ones (and saying how many) when they would exceed `max`. */
export function joinLinesWithin(
  lines: readonly string[],
  max: number,
  more: (hidden: number) => string,
): string {
  const kept: string[] = [];
  let size = 0;
  for (const [index, line] of lines.entries()) {
    const hidden = lines.length - index - 1;
    const tail = hidden > 0 ? `\n${more(hidden)}`.length : 0;
    const added = (kept.length > 0 ? 1 : 0) + line.length;
    if (size + added + tail > max) {
      const notice = more(lines.length - index);
      if (size + (kept.length > 0 ? 1 : 0) + notice.length <= max) kept.push(notice);
      break;
    }
    kept.push(line);
    size += added;
  }
  return kept.join("\n");
}

/** `source` when it is an http(s) URL of at most `maxLength` characters (embeds accept those), else null. */
export function webUrl(source: string | null, maxLength: number): string | null {
  if (!source || source.length > maxLength || !URL.canParse(source)) return null;
  return /^https?:$/.test(new URL(source).protocol) ? source : null;
}
