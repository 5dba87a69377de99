/**
 * Parser for Open Multilingual Wordnet tab files (`wns/fra/wn-data-fra.tab` for WOLF,
 * `wns/wikt/wn-wikt-fra.tab` for the Wiktionary-derived French lemmas): a `#` header line, then
 * `00001740-n<TAB>fra:lemma<TAB>entité` per line.
 */

/** Synset id (`00001740-n`) → French lemmas, in file order, without duplicates. */
export type SynsetLemmas = Map<string, string[]>;

/** Normalises a lemma as the generators compare them: trimmed, single spaces, typographic apostrophe. */
export function normaliseLemma(lemma: string): string {
  return lemma.normalize("NFC").replace(/’/g, "'").replace(/\s+/g, " ").trim();
}

/** Parses an OMW tab file, keeping only `lemma` rows (not definitions or examples). */
export function parseOmwTab(text: string): SynsetLemmas {
  const lemmas: SynsetLemmas = new Map();
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const [id, kind, value] = line.split("\t");
    if (id === undefined || value === undefined || !kind?.endsWith(":lemma")) continue;
    const lemma = normaliseLemma(value);
    if (lemma === "") continue;
    const list = lemmas.get(id) ?? [];
    if (!list.includes(lemma)) list.push(lemma);
    lemmas.set(id, list);
  }
  return lemmas;
}

/** French lemma → the synset ids it belongs to, in sorted order. */
export function invertSynsetLemmas(lemmas: SynsetLemmas): Map<string, string[]> {
  const inverted = new Map<string, string[]>();
  for (const [id, words] of lemmas) {
    for (const word of words) {
      const list = inverted.get(word) ?? [];
      list.push(id);
      inverted.set(word, list);
    }
  }
  for (const list of inverted.values()) list.sort();
  return inverted;
}
