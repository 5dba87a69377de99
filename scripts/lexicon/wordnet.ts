/**
 * Parsers for the Princeton WordNet 3.0 database files (`index.<pos>`, `data.<pos>`,
 * `cntlist.rev`), as the Debian package `wordnet-base` installs them in `/usr/share/wordnet`.
 * Format: wndb(5WN) and cntlist(5WN).
 */

/** WordNet's four parts of speech; adjective satellites (`s`) are folded into `a`, as OMW does. */
export type PartOfSpeech = "n" | "v" | "a" | "r";

/** The parts of speech in the order the generators read them. */
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ["n", "v", "a", "r"];

/** One line of `index.<pos>`: a lemma and its synsets in WordNet sense order. */
export interface IndexEntry {
  lemma: string;
  pos: PartOfSpeech;
  /** Synset ids (`00973077-n`), sense 1 first. */
  synsetIds: string[];
}

/** A lexical antonym pointer (`!`): word `sourceWord` of this synset is opposite to word `targetWord` of `targetId`. */
export interface AntonymPointer {
  /** 0-based index of the word in the synset that holds the pointer. */
  sourceWord: number;
  targetId: string;
  /** 0-based index of the word in the target synset. */
  targetWord: number;
}

/**
 * A link from a synset to one of another part of speech holding a related form: an adjective's
 * pertainym (`\`, `economic` → `economy`) or a derivationally related form (`+`).
 */
export interface RelatedForm {
  targetId: string;
  pertainym: boolean;
}

/** One line of `data.<pos>`: the words of a synset, as written (case kept), and its antonym pointers. */
export interface SynsetRecord {
  id: string;
  words: string[];
  antonyms: AntonymPointer[];
  /** Synsets holding a related form, each once (a pertainym link first). */
  relatedForms?: RelatedForm[];
}

/** The parts of WordNet the generators use. */
export interface WordNet {
  /** `lemma` → entries, one per part of speech the lemma has. */
  index: Map<string, IndexEntry[]>;
  /** Synset id → record. */
  synsets: Map<string, SynsetRecord>;
  /** Semantic-concordance tag counts, keyed by {@link tagCountKey}. */
  tagCounts: Map<string, number>;
}

const SS_TYPE_TO_POS: Record<string, PartOfSpeech> = { n: "n", v: "v", a: "a", s: "a", r: "r" };
const SENSE_KEY_TYPE_TO_POS: Record<string, PartOfSpeech> = {
  "1": "n",
  "2": "v",
  "3": "a",
  "4": "r",
  "5": "a",
};

/** The key of {@link WordNet.tagCounts}: lemma, part of speech and 1-based sense number. */
export function tagCountKey(lemma: string, pos: PartOfSpeech, senseNumber: number): string {
  return `${lemma}|${pos}|${senseNumber}`;
}

/** Builds the id OMW uses for a synset: 8-digit offset, `-`, part of speech (`s` becomes `a`). */
export function synsetId(offset: string, ssType: string): string {
  const pos = SS_TYPE_TO_POS[ssType];
  if (pos === undefined) throw new Error(`WordNet: unknown synset type "${ssType}"`);
  return `${offset}-${pos}`;
}

function isLicenceLine(line: string): boolean {
  return line.startsWith("  ") || line.trim() === "";
}

/**
 * Parses an `index.<pos>` file: `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…`.
 * Lines starting with two spaces (the licence header) are skipped.
 */
export function parseIndex(text: string): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const line of text.split("\n")) {
    if (isLicenceLine(line)) continue;
    const fields = line.trim().split(/\s+/);
    const [lemma, posField, synsetCount, pointerCount] = fields;
    if (lemma === undefined || posField === undefined) continue;
    const pos = SS_TYPE_TO_POS[posField];
    if (pos === undefined) throw new Error(`WordNet index: unknown part of speech in "${line}"`);
    const offsetsStart = 4 + Number(pointerCount) + 2;
    const offsets = fields.slice(offsetsStart, offsetsStart + Number(synsetCount));
    entries.push({ lemma, pos, synsetIds: offsets.map((offset) => `${offset}-${pos}`) });
  }
  return entries;
}

/** Removes the syntactic marker WordNet appends to some adjectives (`galore(ip)`). */
function stripAdjectiveMarker(word: string): string {
  return word.replace(/\([a-z]+\)$/, "");
}

/**
 * Parses a `data.<pos>` file: `offset lex_filenum ss_type w_cnt word lex_id … p_cnt ptr… | gloss`,
 * keeping the words, the antonym (`!`) pointers and the related forms (`\`, `+`).
 */
export function parseData(text: string): SynsetRecord[] {
  const records: SynsetRecord[] = [];
  for (const line of text.split("\n")) {
    if (isLicenceLine(line)) continue;
    const fields = (line.split(" | ")[0] ?? "").trim().split(/\s+/);
    const [offset, , ssType, wordCountHex] = fields;
    if (offset === undefined || ssType === undefined || wordCountHex === undefined) continue;
    const wordCount = parseInt(wordCountHex, 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push(stripAdjectiveMarker(fields[4 + 2 * i] ?? ""));
    const pointerStart = 4 + 2 * wordCount;
    const pointerCount = Number(fields[pointerStart]);
    const antonyms: AntonymPointer[] = [];
    const relatedForms = new Map<string, boolean>();
    for (let i = 0; i < pointerCount; i++) {
      const at = pointerStart + 1 + 4 * i;
      if (fields[at] === "\\" || fields[at] === "+") {
        const targetId = synsetId(fields[at + 1] ?? "", fields[at + 2] ?? "");
        relatedForms.set(targetId, relatedForms.get(targetId) === true || fields[at] === "\\");
      }
      if (fields[at] !== "!") continue;
      const sourceTarget = fields[at + 3] ?? "0000";
      antonyms.push({
        sourceWord: parseInt(sourceTarget.slice(0, 2), 16) - 1,
        targetId: synsetId(fields[at + 1] ?? "", fields[at + 2] ?? ""),
        targetWord: parseInt(sourceTarget.slice(2), 16) - 1,
      });
    }
    records.push({
      id: synsetId(offset, ssType),
      words,
      antonyms,
      relatedForms: [...relatedForms].map(([targetId, pertainym]) => ({ targetId, pertainym })),
    });
  }
  return records;
}

/**
 * Parses `cntlist.rev`: `sense_key sense_number tag_cnt` per line, sense keys such as
 * `attack%1:04:00::`. Returns tag counts keyed by {@link tagCountKey}.
 */
export function parseCntlist(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split("\n")) {
    const [senseKey, senseNumber, tagCount] = line.trim().split(/\s+/);
    if (senseKey === undefined || senseNumber === undefined || tagCount === undefined) continue;
    const match = /^(.+)%(\d):/.exec(senseKey);
    const pos = match ? SENSE_KEY_TYPE_TO_POS[match[2] ?? ""] : undefined;
    if (!match || pos === undefined) continue;
    const key = tagCountKey(match[1] ?? "", pos, Number(senseNumber));
    counts.set(key, (counts.get(key) ?? 0) + Number(tagCount));
  }
  return counts;
}

/** The text of the WordNet files for each part of speech, plus `cntlist.rev`. */
export interface WordNetTexts {
  index: Record<PartOfSpeech, string>;
  data: Record<PartOfSpeech, string>;
  cntlist: string;
}

/** Parses and joins all WordNet files. */
export function parseWordNet(texts: WordNetTexts): WordNet {
  const index = new Map<string, IndexEntry[]>();
  const synsets = new Map<string, SynsetRecord>();
  for (const pos of PARTS_OF_SPEECH) {
    for (const entry of parseIndex(texts.index[pos])) {
      const list = index.get(entry.lemma) ?? [];
      list.push(entry);
      index.set(entry.lemma, list);
    }
    for (const record of parseData(texts.data[pos])) synsets.set(record.id, record);
  }
  return { index, synsets, tagCounts: parseCntlist(texts.cntlist) };
}
