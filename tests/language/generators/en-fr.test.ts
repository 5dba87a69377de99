import { describe, expect, it } from "vitest";
import { generateEnglishFrench } from "../../../scripts/lexicon/build-en-fr.js";
import { isTranslatableEnglishPhrase } from "../../../scripts/lexicon/english-words.js";
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
        "town hall\thôtel de ville\t0.48\twikt,wolf",
        "town hall\tmairie\t0.59\twikt,wolf",
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

  it("keys a lemma of several content words with spaces, not one that ends in a function word", () => {
    const text = generateEnglishFrench(fixtureSources()).text;
    expect(text).toContain("town hall\tmairie");
    expect(text).not.toContain("abide");
  });

  it("takes phrases of two or three content words, not verbs with a particle", () => {
    expect(isTranslatableEnglishPhrase("town_hall")).toBe(true);
    expect(isTranslatableEnglishPhrase("head_of_state")).toBe(true);
    expect(isTranslatableEnglishPhrase("abide_by")).toBe(false);
    expect(isTranslatableEnglishPhrase("at_all")).toBe(false);
    expect(isTranslatableEnglishPhrase("set_up")).toBe(false);
    expect(isTranslatableEnglishPhrase("police")).toBe(false);
    expect(isTranslatableEnglishPhrase("war_crimes_tribunal_judge")).toBe(false);
  });
});
