import { createRequire } from "node:module";

// talisman is CommonJS without types; only this one module of it is loaded.
const frenchPhonetic = createRequire(import.meta.url)("talisman/phonetics/french/phonetic") as (
  word: string,
) => string;

/**
 * A French phonetic key (talisman's `phonetics/french/phonetic`, MIT): words that sound alike
 * share it, so a misspelling typed by ear finds the word it means: `moustik` and `moustique` are
 * both `MOUSTIK`, `periferique` and `périphérique` both `PERIFERIK`, though two edits apart.
 * Only letters count; a word too short to sound specific gets no key.
 *
 * @param word a word as typed or as written in an article, with its accents: case and most accents
 *   do not matter, but `ç` does (`rançon` is `RANSON`, its folded `rancon` `RANKON`)
 * @returns the key, or null for a word under four letters or one that holds digits
 */
export function phoneticKey(word: string): string | null {
  if (word.length < 4 || /\P{L}/u.test(word)) return null;
  const key = frenchPhonetic(word);
  return key.length >= 3 ? key : null;
}
