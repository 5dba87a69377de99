import { describe, expect, it } from "vitest";
import { generateEnglishFrench } from "../../../scripts/lexicon/build-en-fr.js";
import { selectDominantSenses } from "../../../scripts/lexicon/senses.js";
import { fixtureSources } from "./fixtures.js";

describe("build-en-fr", () => {
  it("writes the French lemmas of the dominant senses, weighted by agreement", () => {
    expect(generateEnglishFrench(fixtureSources()).text).toBe(
      [
        "english\tfrench\tweight\tsources",
        "attack\tassaut\t0.60\twolf",
        "attack\tattaque\t0.85\twikt,wolf",
        "fall\tbaisser\t0.60\twolf",
        "fall\tdescendre\t0.60\twolf",
        "french\tfrançais\t0.59\twikt,wolf",
        "law\tloi\t0.60\twolf",
        "police\tpolice\t0.60\twolf",
        "rise\taugmenter\t0.60\twolf",
        "rise\tmonter\t0.60\twolf",
        "",
      ].join("\n"),
    );
  });

  it("drops a later sense with a small share of the tag count", () => {
    const senses = selectDominantSenses(fixtureSources().wordnet, "attack");
    expect(senses.map((sense) => sense.synsetId)).toEqual(["00000100-n"]);
  });

  it("skips proper-name senses", () => {
    expect(selectDominantSenses(fixtureSources().wordnet, "paris")).toEqual([]);
  });

  it("keeps nationalities, which English writes with a capital and French does not", () => {
    const senses = selectDominantSenses(fixtureSources().wordnet, "french");
    expect(senses.map((sense) => sense.synsetId)).toEqual(["00000800-a"]);
  });

  it("drops a lemma one source alone files under a word when Wiktionary gives it for its opposite", () => {
    const sources = fixtureSources();
    // WOLF files `baisser` under `rise`; the Wiktionary file gives it for `fall`, rise's opposite.
    sources.wolf.set("00000500-v", [...(sources.wolf.get("00000500-v") ?? []), "baisser"]);
    expect(generateEnglishFrench(sources).text).toContain("rise	baisser");
    sources.wiktionary.set("00000600-v", ["baisser"]);
    const text = generateEnglishFrench(sources).text;
    expect(text).not.toContain("rise	baisser");
    expect(text).toContain("fall	baisser	0.85	wikt,wolf");
  });

  it("does not give a lemma that translates another word of the synset (police → loi)", () => {
    const text = generateEnglishFrench(fixtureSources()).text;
    expect(text).not.toContain("police\tloi");
  });
});
