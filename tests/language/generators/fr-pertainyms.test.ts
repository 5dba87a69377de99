import { describe, expect, it } from "vitest";
import {
  buildPertainymRows,
  formatPertainymTsv,
  shareStemPrefix,
} from "../../../scripts/lexicon/fr-pertainyms.js";
import type { SynsetLemmas } from "../../../scripts/lexicon/omw.js";
import type { RelatedForm, SynsetRecord, WordNet } from "../../../scripts/lexicon/wordnet.js";

function synset(id: string, relatedForms: RelatedForm[] = []): SynsetRecord {
  return { id, words: [], antonyms: [], relatedForms };
}

/** European → Europe and regional → region by pertainym; healthy → health, wintry → winter by derivation. */
const WORDNET: WordNet = {
  index: new Map(),
  tagCounts: new Map(),
  synsets: new Map(
    [
      synset("00000001-a", [{ targetId: "00000002-n", pertainym: true }]),
      synset("00000002-n"),
      synset("00000003-a", [{ targetId: "00000004-n", pertainym: true }]),
      synset("00000004-n"),
      synset("00000005-a", [{ targetId: "00000006-n", pertainym: false }]),
      synset("00000006-n"),
      synset("00000007-n", [{ targetId: "00000008-a", pertainym: false }]),
      synset("00000008-a"),
    ].map((record) => [record.id, record]),
  ),
};

const WOLF: SynsetLemmas = new Map([
  ["00000001-a", ["européen"]],
  ["00000002-n", ["Europe", "vieux continent"]],
  ["00000003-a", ["régional", "local"]],
  ["00000004-n", ["région", "zone"]],
  ["00000005-a", ["sain", "vigoureux"]],
  ["00000006-n", ["santé"]],
  ["00000007-n", ["hiver"]],
  ["00000008-a", ["hivernal", "froid"]],
]);

const WIKTIONARY: SynsetLemmas = new Map([
  ["00000003-a", ["local"]],
  ["00000004-n", ["zone"]],
  ["00000005-a", ["vigoureux"]],
  ["00000006-n", ["santé"]],
]);

describe("fr-pertainyms", () => {
  it("compares the first four letters, accents and case aside", () => {
    expect(shareStemPrefix("Europe", "européen")).toBe(true);
    expect(shareStemPrefix("santé", "sanitaire")).toBe(false);
  });

  it("keeps pairs sharing a stem prefix, or given by both sources through a pertainym", () => {
    expect(buildPertainymRows(WORDNET, { wolf: WOLF, wikt: WIKTIONARY })).toEqual([
      { noun: "Europe", adjective: "européen", sources: "wolf" },
      { noun: "hiver", adjective: "hivernal", sources: "wolf" },
      { noun: "région", adjective: "régional", sources: "wolf" },
      { noun: "zone", adjective: "local", sources: "wikt,wolf" },
    ]);
  });

  it("writes both directions of each pair at the pertainym weight", () => {
    expect(formatPertainymTsv([{ noun: "région", adjective: "régional", sources: "wolf" }])).toBe(
      "word\tsynonym\tweight\tsources\n" +
        "région\trégional\t0.80\twolf\n" +
        "régional\trégion\t0.80\twolf\n",
    );
  });
});
