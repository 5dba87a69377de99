import { describe, expect, it } from "vitest";
import { generateFrenchWords } from "../../../scripts/lexicon/build-fr-words.js";
import { parseHunspellWords } from "../../../scripts/lexicon/fr-words.js";

// A few lines of Grammalecte's Hunspell dictionary, as Debian's hunspell-fr-comprehensive ships it.
const DIC = [
  "7",
  "Lyon/L'D'Q' po:npr is:epi is:inv",
  "SNCF/L'D'Q' po:nom is:fem is:inv",
  "penser/a0p+() po:v1_itn___a",
  "président/S.() po:nom is:mas",
  "chien/F.() po:nom is:mas",
  "1er/-- po:adj is:mas is:sg",
  "pizzeria/S.() po:nom is:fem po:err",
  "",
].join("\n");

describe("build-fr-words", () => {
  it("writes each lemma as a noun, another common word or, written with a capital, a name", () => {
    expect(generateFrenchWords(DIC).text).toBe(
      [
        "word\tkind",
        "Lyon\tname",
        "SNCF\tname",
        "chien\tnoun",
        "penser\tcommon",
        // A form of the Lefff's `présider` (`ils président`).
        "président\tcommon",
        "",
      ].join("\n"),
    );
  });

  it("takes for a noun only a spelling tagged a noun alone in every entry, and no verb form", () => {
    const dic = [
      "6",
      "rugby/S.() po:nom is:mas",
      "carburant/S.() po:nom po:adj is:mas",
      "demain/L'D'Q' po:adv",
      "demain/S.() po:nom is:mas",
      "garde/S.() po:nom is:fem",
      "kouign-amann/S.() po:nom is:mas",
      "",
    ].join("\n");
    const kinds = Object.fromEntries(
      parseHunspellWords(dic, new Set(["garde"])).map(({ word, kind }) => [word, kind]),
    );
    expect(kinds).toEqual({
      rugby: "noun",
      carburant: "common",
      demain: "common",
      garde: "common",
      "kouign-amann": "noun",
    });
  });
});
