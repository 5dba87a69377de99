import type { Sentence } from "../corpus/types.js";

// Words after which a period does not end a sentence (French and English usage in news text).
const ABBREVIATIONS = new Set(
  [
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
    "etc",
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
    "j.-c",
    "apr",
    "env",
    "km",
    "kg",
  ].map((word) => word.toLowerCase()),
);

// A sentence may end at . ! ? or … (possibly repeated), then closing quotes or brackets.
const BOUNDARY = /([.!?…]+)((?:[\s\u00a0\u202f]*[»”])?["’)\]]*)(\s+)/gu;

/**
 * Splits a paragraph into sentences, with offsets into the paragraph text.
 * Does not break after abbreviations (`M.`, `etc.`), initials (`J. Dupont`), inside numbers
 * (`3.5`), or before a lower-case word; keeps closing guillemets with their sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpaces(text, 0);
  for (const match of text.matchAll(BOUNDARY)) {
    const punctuation = match[1] ?? "";
    const closing = match[2] ?? "";
    const end = match.index + punctuation.length + closing.length;
    const next = text.slice(end + (match[3]?.length ?? 0));
    if (!startsNewSentence(next)) continue;
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
