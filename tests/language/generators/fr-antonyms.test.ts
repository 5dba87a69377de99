import { describe, expect, it } from "vitest";
import { generateFrenchAntonyms } from "../../../scripts/lexicon/build-fr-antonyms.js";
import { parseCuratedAntonyms } from "../../../scripts/lexicon/fr-antonyms.js";
import { CURATED_ANTONYMS, fixtureSources } from "./fixtures.js";

describe("build-fr-antonyms", () => {
  it("carries WordNet antonym pointers over to French and merges the curated pairs", () => {
    expect(generateFrenchAntonyms(fixtureSources(), CURATED_ANTONYMS).text).toBe(
      [
        "word\tantonym\tsources",
        "augmenter\tbaisser\twolf",
        "augmenter\tdescendre\twolf",
        "baisse\thausse\tcurated",
        "baisse\tmonter\tcurated",
        "baisser\taugmenter\twolf",
        "baisser\thausse\tcurated",
        "baisser\tmonter\tcurated,wolf",
        "descendre\taugmenter\twolf",
        "descendre\tmonter\twolf",
        "hausse\tbaisse\tcurated",
        "hausse\tbaisser\tcurated",
        "monter\tbaisse\tcurated",
        "monter\tbaisser\tcurated,wolf",
        "monter\tdescendre\twolf",
        "",
      ].join("\n"),
    );
  });

  it("rejects a curated file without its header", () => {
    expect(() => parseCuratedAntonyms("monter\tbaisser\n")).toThrow(
      'curated-antonyms.tsv: the first line must be the header "words\\topposites"',
    );
  });
});
