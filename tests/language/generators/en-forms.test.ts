import { describe, expect, it } from "vitest";
import {
  formatEnglishFormsTsv,
  parseExceptionLists,
  ruleFormsOf,
} from "../../../scripts/lexicon/en-forms.js";

describe("en-forms", () => {
  it("keeps irregular forms the stemmer does not bring to their base, one base each", () => {
    const nouns = "children child\naxes axe axis\nboxes box\n";
    const verbs = "fled flee\nwent go\nran run\n";
    const pairs = [...parseExceptionLists([nouns, verbs]), ...ruleFormsOf(["fisherman", "man"])];
    expect(formatEnglishFormsTsv(pairs)).toBe(
      [
        "form\tbase",
        "children\tchild",
        "fishermen\tfisherman",
        "fled\tflee",
        "ran\trun",
        "went\tgo",
        "",
      ].join("\n"),
    );
  });
});
