import { describe, expect, it } from "vitest";
import { formatChoices } from "../../../src/discord/replies/choices.js";
import { escapeText, fitEscaped, truncateWords } from "../../../src/discord/replies/text.js";

describe("escapeText", () => {
  it("neutralises markdown, line markers, mentions and @everyone", () => {
    expect(escapeText("*a* _b_ ~~c~~ `d` ||e|| [f](g) \\")).toBe(
      "\\*a\\* \\_b\\_ \\~\\~c\\~\\~ \\`d\\` \\|\\|e\\|\\| \\[f\\](g) \\\\",
    );
    expect(escapeText("# titre\n> cité\n- liste\n1. un")).toBe(
      "\\# titre\n\\> cité\n\\- liste\n1\\. un",
    );
    expect(escapeText("<@1> <@&2> <#3> </cmd:4> <t:5> @everyone @Here")).toBe(
      "<\u200b@1> <\u200b@&2> <\u200b#3> <\u200b/cmd:4> <\u200bt:5> @\u200beveryone @\u200bHere",
    );
  });
});

describe("truncateWords", () => {
  it("cuts on the last word boundary and ends with an ellipsis", () => {
    expect(truncateWords("les dockers du port", 12)).toBe("les dockers…");
    expect(truncateWords("court", 10)).toBe("court");
  });
  it("hard-cuts a word too long to keep whole", () => {
    expect(truncateWords("anticonstitutionnellement", 10)).toBe("anticonst…");
  });
});

describe("fitEscaped", () => {
  it("fits the escaped text, never cutting an escape in half", () => {
    const out = fitEscaped("**".repeat(50), 21);
    expect(out.length).toBeLessThanOrEqual(21);
    expect(out).toMatch(/^(\\\*)+…$/);
  });
});

describe("formatChoices", () => {
  it("keeps 25 valid choices with names of at most 100 characters and no duplicates", () => {
    const candidates = [
      { name: "a".repeat(150), value: "long-name" },
      { name: "dup", value: "same" },
      { name: "dup again", value: "same" },
      { name: "too long value", value: "v".repeat(101) },
      { name: "  ", value: "blank" },
      ...Array.from({ length: 40 }, (_, index) => ({ name: `n${index}`, value: `v${index}` })),
    ];
    const choices = formatChoices(candidates);
    expect(choices).toHaveLength(25);
    expect(choices[0]?.name.length).toBe(100);
    expect(choices.filter((choice) => choice.value === "same")).toHaveLength(1);
    expect(choices.some((choice) => choice.value.length > 100 || choice.value === "blank")).toBe(
      false,
    );
  });
});
