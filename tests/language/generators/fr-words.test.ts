import { describe, expect, it } from "vitest";
import { generateFrenchWords } from "../../../scripts/lexicon/build-fr-words.js";

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
  it("writes each lemma as a common word or, written with a capital, a name", () => {
    expect(generateFrenchWords(DIC).text).toBe(
      [
        "word\tkind",
        "Lyon\tname",
        "SNCF\tname",
        "chien\tcommon",
        "penser\tcommon",
        "président\tcommon",
        "",
      ].join("\n"),
    );
  });
});
