import type { Sentence } from "../corpus/types.js";

// Words after which a period does not end a sentence (French and English usage in news text).
// `etc.` is not among them: before a capital it nearly always ends the sentence.
const ABBREVIATIONS = new Set([
  "m",
  "mm",
  "mme",
  "mmes",
  "mlle",
  "mlles",
  "dr",
  "pr",
  "me",
  "mgr",
  "st",
  "ste",
  "av",
  "bd",
  "cf",
  "ex",
  "fig",
  "p",
  "pp",
  "vol",
  "n",
  "no",
  "art",
  "chap",
  "env",
  "hab",
  "min",
  "max",
  "sq",
  "mr",
  "mrs",
  "ms",
  "prof",
  "gen",
  "gén",
  "col",
  "cdt",
  "lt",
  "sgt",
  "cie",
  "inc",
  "ltd",
  "jr",
  "sr",
  "vs",
  "janv",
  "févr",
  "fév",
  "avr",
  "juil",
  "sept",
  "oct",
  "nov",
  "déc",
  "dec",
  "apr",
  "km",
  "kg",
]);

// A sentence may end at . ! ? or … (possibly repeated), then closing quotes or brackets.
const BOUNDARY = /([.!?…]+)((?:[\s\u00a0\u202f]*[»”])?["’)\]]*)(\s+)/gu;

/**
 * Splits a paragraph into sentences, with offsets into the paragraph text.
 * Does not break after abbreviations (`M.`, `Mme.`), initials (`J. Dupont`, `J.-P. Sartre`),
 * inside numbers (`3.5`, `1.200`), before a lower-case word (`« Partez ! » a-t-il dit`), or inside
 * guillemets and curly quotes (`« Nous reprendrons Sokhné. Puis Raqqa. »` is one sentence);
 * keeps closing guillemets with their sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const quoted = quotedRegions(text);
  let start = skipSpaces(text, 0);
  for (const match of text.matchAll(BOUNDARY)) {
    const punctuation = match[1] ?? "";
    const closing = match[2] ?? "";
    const end = match.index + punctuation.length + closing.length;
    const next = text.slice(end + (match[3]?.length ?? 0));
    if (!startsNewSentence(next)) continue;
    if (isInside(quoted, end)) continue;
    if (punctuation === "." && !closing && endsWithAbbreviation(text.slice(start, match.index)))
      continue;
    pushSentence(sentences, text, start, end);
    start = skipSpaces(text, end);
  }
  pushSentence(sentences, text, start, trimEnd(text, text.length));
  return sentences;
}

function startsNewSentence(next: string): boolean {
  // Upper-case letter, digit, opening quote or dash: a new sentence may start.
  return /^(["«“(\-–—]\s*)?[\p{Lu}\p{N}]/u.test(next);
}

function endsWithAbbreviation(before: string): boolean {
  const lastWord = /([\p{L}.-]+)$/u.exec(before)?.[1] ?? "";
  if (lastWord.length === 0) return false;
  // A single capital letter is an initial (`J. Dupont`); dotted forms (`J.-C`, `U.S`) too.
  if (/^\p{Lu}$/u.test(lastWord) || /^(\p{L}{1,2}\.)+-?\p{L}{0,2}$/u.test(lastWord)) return true;
  return ABBREVIATIONS.has(lastWord.toLowerCase());
}

/**
 * Spans `[open, close)` between balanced guillemets `« »` or curly quotes `“ ”`. A paragraph whose
 * quotes do not balance gets none, so one stray mark cannot swallow the rest of the paragraph.
 */
function quotedRegions(text: string): [number, number][] {
  const regions: [number, number][] = [];
  for (const [open, close] of [
    ["«", "»"],
    ["“", "”"],
  ] as const) {
    const found: [number, number][] = [];
    let depth = 0;
    let from = 0;
    let balanced = true;
    for (let index = 0; index < text.length; index++) {
      const char = text[index];
      if (char === open) {
        if (depth === 0) from = index;
        depth++;
      } else if (char === close) {
        if (depth === 0) {
          balanced = false;
          break;
        }
        depth--;
        if (depth === 0) found.push([from, index]);
      }
    }
    if (balanced && depth === 0) regions.push(...found);
  }
  return regions;
}

function isInside(regions: readonly [number, number][], offset: number): boolean {
  return regions.some(([open, close]) => offset > open && offset <= close);
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number): void {
  const trimmedEnd = trimEnd(text, end);
  if (trimmedEnd <= start) return;
  sentences.push({ text: text.slice(start, trimmedEnd), start, end: trimmedEnd });
}

function skipSpaces(text: string, index: number): number {
  let i = index;
  while (i < text.length && /\s/u.test(text[i] ?? "")) i++;
  return i;
}

function trimEnd(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/u.test(text[i - 1] ?? "")) i--;
  return i;
}
