/**
 * Parser for MyThes thesaurus files such as LibreOffice's French thesaurus (Debian `mythes-fr`,
 * `/usr/share/mythes/th_fr_FR_v2.dat`): an encoding line (`UTF-8`), then per entry a line
 * `word|sense_count` followed by `sense_count` lines `(pos)|synonym|synonym|…`.
 */
import { normaliseLemma } from "./omw.js";

/** One sense of a thesaurus entry. */
export interface ThesaurusSense {
  /** The part-of-speech label as written, without parentheses (`Nom Verbe`). */
  pos: string;
  synonyms: string[];
}

/** A thesaurus entry: a head word and its senses. */
export interface ThesaurusEntry {
  word: string;
  senses: ThesaurusSense[];
}

/** Head word → entry. */
export type Thesaurus = Map<string, ThesaurusEntry>;

function parseSenseLine(line: string): ThesaurusSense {
  const [label = "", ...synonyms] = line.split("|");
  return {
    pos: label.replace(/^\(|\)$/g, ""),
    synonyms: synonyms.map(normaliseLemma).filter((synonym) => synonym !== ""),
  };
}

/**
 * Parses a MyThes `.dat` file given as text (decoded with the encoding its first line names).
 * Throws on an entry whose sense lines are missing.
 */
export function parseMythes(text: string): Thesaurus {
  const lines = text.split("\n").map((line) => line.replace(/\r$/, ""));
  const thesaurus: Thesaurus = new Map();
  let at = 1;
  while (at < lines.length) {
    const header = lines[at] ?? "";
    at++;
    if (header.trim() === "") continue;
    const bar = header.lastIndexOf("|");
    const word = normaliseLemma(header.slice(0, bar));
    const senseCount = Number(header.slice(bar + 1));
    if (bar < 0 || !Number.isInteger(senseCount)) {
      throw new Error(`mythes: line ${at} "${header}" is not "word|sense_count"`);
    }
    const senses: ThesaurusSense[] = [];
    for (let i = 0; i < senseCount; i++, at++) {
      const line = lines[at];
      if (line === undefined || !line.startsWith("(")) {
        throw new Error(
          `mythes: entry "${word}" announces ${senseCount} senses but line ${at + 1} is not one`,
        );
      }
      senses.push(parseSenseLine(line));
    }
    const existing = thesaurus.get(word);
    if (existing) existing.senses.push(...senses);
    else thesaurus.set(word, { word, senses });
  }
  return thesaurus;
}

/**
 * How many thesaurus lists each word appears in, as head word or synonym: a rough measure of how
 * common the word is, since frequent words are listed as synonyms of many others.
 */
export function countThesaurusMentions(thesaurus: Thesaurus): Map<string, number> {
  const mentions = new Map<string, number>();
  const add = (word: string): void => {
    mentions.set(word, (mentions.get(word) ?? 0) + 1);
  };
  for (const entry of thesaurus.values()) {
    add(entry.word);
    for (const sense of entry.senses) for (const synonym of sense.synonyms) add(synonym);
  }
  return mentions;
}
