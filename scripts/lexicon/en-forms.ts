/**
 * Irregular English forms (`fishermen`, `fled`, `children`, `worse`) joined to their base word,
 * from WordNet 3.0's exception lists (`noun.exc`, `verb.exc`, `adj.exc`, `adv.exc`), so an English
 * question in any form finds the base word's French translations. Only forms the Snowball English
 * stemmer does not already bring to their base's term are kept.
 */
import { termOf } from "../../src/language/analyze.js";
import { formatTsv } from "./tsv.js";

export const ENGLISH_FORMS_HEADER = ["form", "base"] as const;

/** `form base [base…]` lines of WordNet exception files → [form, base] pairs worth keeping. */
export function parseExceptionLists(texts: readonly string[]): [form: string, base: string][] {
  const pairs = new Map<string, string>();
  for (const text of texts) {
    for (const line of text.split("\n")) {
      const [form, base, ...others] = line.trim().split(/\s+/);
      // A form with several bases (`axes`: axe, axis) is ambiguous: left to the stemmer.
      if (!form || !base || others.length > 0 || /[_'.\d-]/.test(form + base)) continue;
      if (termOf(form, "en") === termOf(base, "en")) continue;
      if (pairs.has(form) && pairs.get(form) !== base) pairs.set(form, "");
      else pairs.set(form, base);
    }
  }
  return [...pairs].filter(([, base]) => base !== "");
}

/**
 * Plurals WordNet's morphology forms by rule rather than list: `-man` nouns (`fisherman` →
 * `fishermen`), which the stemmer leaves apart. `nouns` are the lemmas of `index.noun`.
 */
export function ruleFormsOf(nouns: readonly string[]): [form: string, base: string][] {
  return nouns
    .filter((noun) => /^[a-z]{2,}man$/.test(noun))
    .map((noun): [string, string] => [`${noun.slice(0, -3)}men`, noun])
    .filter(([form, base]) => termOf(form, "en") !== termOf(base, "en"));
}

/** The text of `en-forms.tsv`. */
export function formatEnglishFormsTsv(pairs: readonly [string, string][]): string {
  return formatTsv(ENGLISH_FORMS_HEADER, pairs);
}
