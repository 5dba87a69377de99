/**
 * Reading the real lexical resources from disk: WordNet 3.0 and mythes-fr from their Debian
 * packages, the OMW French files from their gzip copies vendored in `scripts/lexicon/sources/`.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { alignSynsetIds, realignSynsetLemmas, type AlignmentReport } from "./align.js";
import { countThesaurusMentions, parseMythes, type Thesaurus } from "./mythes.js";
import { parseOmwTab, type SynsetLemmas } from "./omw.js";
import { PARTS_OF_SPEECH, parseWordNet, type PartOfSpeech, type WordNet } from "./wordnet.js";

/** Where the resources are read from. */
export interface SourcePaths {
  /** Directory of `wordnet-base` (`index.noun`, `data.noun`, `cntlist.rev`…). */
  wordnetDir: string;
  /** The mythes-fr thesaurus `.dat` file. */
  mythesFile: string;
  /** Gzipped WOLF tab file. */
  wolfFile: string;
  /** Gzipped Wiktionary-derived French tab file. */
  wiktionaryFile: string;
}

/** Default locations: Debian package paths and the vendored copies. */
export const defaultSourcePaths: SourcePaths = {
  wordnetDir: "/usr/share/wordnet",
  mythesFile: "/usr/share/mythes/th_fr_FR_v2.dat",
  wolfFile: new URL("./sources/wn-data-fra.tab.gz", import.meta.url).pathname,
  wiktionaryFile: new URL("./sources/wn-wikt-fra.tab.gz", import.meta.url).pathname,
};

/** All parsed resources, as the generators take them. */
export interface LexicalSources {
  wordnet: WordNet;
  wolf: SynsetLemmas;
  wiktionary: SynsetLemmas;
  thesaurus: Thesaurus;
  frenchMentions: Map<string, number>;
  /** How the OMW synset ids were matched to the WordNet files read. */
  alignment: AlignmentReport;
}

const WORDNET_FILE_NAMES: Record<PartOfSpeech, string> = {
  n: "noun",
  v: "verb",
  a: "adj",
  r: "adv",
};

function readOrExplain(path: string, hint: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new Error(`lexicons: cannot read ${path}; ${hint}`);
  }
}

function readWordNetFiles(dir: string, kind: "index" | "data"): Record<PartOfSpeech, string> {
  const hint = "install it with `apt-get install -y wordnet-base`";
  const entries = PARTS_OF_SPEECH.map(
    (pos) =>
      [
        pos,
        readOrExplain(`${dir}/${kind}.${WORDNET_FILE_NAMES[pos]}`, hint).toString("utf8"),
      ] as const,
  );
  return Object.fromEntries(entries) as Record<PartOfSpeech, string>;
}

/** Decodes a MyThes file with the encoding named on its first line. */
export function decodeMythes(bytes: Buffer): string {
  const firstLine = bytes.subarray(0, 40).toString("latin1").split("\n")[0]?.trim() ?? "";
  const encoding = /^(ISO8859-1|ISO-8859-1)$/i.test(firstLine) ? "latin1" : "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}

/** Reads and parses every resource. */
export function loadSources(paths: SourcePaths = defaultSourcePaths): LexicalSources {
  const wordnetHint = "install it with `apt-get install -y wordnet-base`";
  const wordnet = parseWordNet({
    index: readWordNetFiles(paths.wordnetDir, "index"),
    data: readWordNetFiles(paths.wordnetDir, "data"),
    cntlist: readOrExplain(`${paths.wordnetDir}/cntlist.rev`, wordnetHint).toString("utf8"),
  });
  const vendoredHint = "it is vendored in scripts/lexicon/sources/ (see its README.md)";
  const rawWolf = parseOmwTab(
    gunzipSync(readOrExplain(paths.wolfFile, vendoredHint)).toString("utf8"),
  );
  const rawWiktionary = parseOmwTab(
    gunzipSync(readOrExplain(paths.wiktionaryFile, vendoredHint)).toString("utf8"),
  );
  const { mapping, report } = alignSynsetIds(
    new Set([...rawWolf.keys(), ...rawWiktionary.keys()]),
    wordnet.synsets.keys(),
  );
  const wolf = realignSynsetLemmas(rawWolf, mapping);
  const wiktionary = realignSynsetLemmas(rawWiktionary, mapping);
  const mythesHint = "install it with `apt-get install -y mythes-fr`";
  const thesaurus = parseMythes(decodeMythes(readOrExplain(paths.mythesFile, mythesHint)));
  return {
    wordnet,
    wolf,
    wiktionary,
    thesaurus,
    frenchMentions: countThesaurusMentions(thesaurus),
    alignment: report,
  };
}
