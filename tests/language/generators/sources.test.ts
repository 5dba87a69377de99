import { describe, expect, it } from "vitest";
import { alignSynsetIds } from "../../../scripts/lexicon/align.js";
import { parseMythes } from "../../../scripts/lexicon/mythes.js";
import { parseOmwTab } from "../../../scripts/lexicon/omw.js";
import {
  parseCntlist,
  parseData,
  parseIndex,
  tagCountKey,
} from "../../../scripts/lexicon/wordnet.js";
import { DATA_VERB, INDEX_NOUN, WOLF_TAB } from "./fixtures.js";

describe("source parsers", () => {
  it("reads index lines in sense order, skipping the licence header", () => {
    expect(parseIndex(INDEX_NOUN)[0]).toEqual({
      lemma: "attack",
      pos: "n",
      synsetIds: ["00000100-n", "00000200-n"],
    });
  });

  it("reads synset words and lexical antonym pointers", () => {
    expect(parseData(DATA_VERB)[0]).toEqual({
      id: "00000500-v",
      words: ["rise"],
      antonyms: [{ sourceWord: 0, targetId: "00000600-v", targetWord: 0 }],
      relatedForms: [],
    });
  });

  it("reads pertainym and derivation pointers as related forms, each target once", () => {
    const line =
      "00000700 01 a 01 regional 0 003 + 00000800 n 0101 \\ 00000800 n 0101 + 00000900 n 0101 | of a region\n";
    expect(parseData(line)[0]?.relatedForms).toEqual([
      { targetId: "00000800-n", pertainym: true },
      { targetId: "00000900-n", pertainym: false },
    ]);
  });

  it("keys tag counts by lemma, part of speech and sense number (satellites as adjectives)", () => {
    const counts = parseCntlist("attack%1:04:00:: 1 10\nlarge%5:00:00:big:00 2 7\n");
    expect(counts.get(tagCountKey("attack", "n", 1))).toBe(10);
    expect(counts.get(tagCountKey("large", "a", 2))).toBe(7);
  });

  it("reads OMW lemma rows and skips the header", () => {
    expect(parseOmwTab(WOLF_TAB).get("00000400-n")).toEqual(["police", "loi"]);
  });

  it("reads mythes entries and names a truncated entry", () => {
    expect(parseMythes("UTF-8\nloi|1\n(Nom)|règle|code\n").get("loi")?.senses).toEqual([
      { pos: "Nom", synonyms: ["règle", "code"] },
    ]);
    expect(() => parseMythes("UTF-8\nloi|2\n(Nom)|règle\n")).toThrow(
      'mythes: entry "loi" announces 2 senses but line 4 is not one',
    );
  });

  it("follows a shifted stretch of offsets when matching OMW ids to WordNet", () => {
    const omw = ["00000100-v", "00000200-v", "00000300-v", "00000400-v"];
    const wordnet = ["00000100-v", "00000218-v", "00000318-v", "00000400-v"];
    const { mapping, report } = alignSynsetIds(omw, wordnet);
    expect([...mapping]).toEqual([
      ["00000100-v", "00000100-v"],
      ["00000200-v", "00000218-v"],
      ["00000300-v", "00000318-v"],
      ["00000400-v", "00000400-v"],
    ]);
    expect(report.shiftChanges).toEqual(["00000200-v:+18", "00000400-v:+0"]);
  });
});
