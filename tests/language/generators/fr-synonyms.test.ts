import { describe, expect, it } from "vitest";
import { generateFrenchSynonyms } from "../../../scripts/lexicon/build-fr-synonyms.js";
import { fixtureSources } from "./fixtures.js";

describe("build-fr-synonyms", () => {
  it("joins wordnet pairs and filtered thesaurus pairs, in both directions", () => {
    expect(generateFrenchSynonyms(fixtureSources()).text).toBe(
      [
        "word\tsynonym\tweight\tsources",
        "assaut\tattaque\t0.90\tmythes,wolf",
        "attaque\tassaut\t0.90\tmythes,wolf",
        "augmenter\tmonter\t0.90\tmythes,wolf",
        "baisser\tdescendre\t0.80\tmythes,wolf",
        "descendre\tbaisser\t0.80\tmythes,wolf",
        "loi\tpolice\t0.50\twolf",
        "monter\taugmenter\t0.90\tmythes,wolf",
        "police\tloi\t0.50\twolf",
        "",
      ].join("\n"),
    );
  });

  it("drops one-way thesaurus pairs of a long list, non-lemmas and very general words", () => {
    const text = generateFrenchSynonyms(fixtureSources()).text;
    expect(text).not.toContain("attaque\tmaladie");
    expect(text).not.toContain("faire");
    expect(text).not.toContain("grimper");
  });
});
