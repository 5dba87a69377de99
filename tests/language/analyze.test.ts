import { describe, expect, it } from "vitest";
import { analyze, foldWord, termOf, tokenize } from "../../src/language/analyze.js";
import { analyzeQuestion } from "../../src/language/question.js";

const detectLanguage = (question: string) => analyzeQuestion(question).language;

const terms = (text: string) => analyze(text).map((token) => token.term);

describe("foldWord", () => {
  it("removes accents and case and expands ligatures", () => {
    expect(foldWord("Sokhné")).toBe("sokhne");
    expect(foldWord("ŒUVRE")).toBe("oeuvre");
    expect(foldWord("Déminage")).toBe("deminage");
  });

  it("folds decomposed (NFD) input like composed input", () => {
    expect(foldWord("Sokhne\u0301")).toBe(foldWord("Sokhné"));
  });
});

describe("tokenize", () => {
  it("splits typographic and ASCII elisions into their own tokens", () => {
    expect(tokenize("l’armée d'Al-Assad").map((token) => token.surface)).toEqual([
      "l",
      "armée",
      "d",
      "Al",
      "Assad",
    ]);
  });

  it("keeps offsets into the original text", () => {
    const text = "Après la reconquête de Palmyre";
    for (const token of tokenize(text))
      expect(text.slice(token.start, token.end)).toBe(token.surface);
  });
});

describe("analyze", () => {
  it("drops French stopwords and elided articles", () => {
    expect(terms("l’objectif du régime de Damas est de sécuriser")).toEqual([
      "object",
      "regim",
      "dam",
      "securis",
    ]);
  });

  it("gives inflected forms of a word the same term", () => {
    expect(termOf("bombardée")).toBe(termOf("bombardements"));
    expect(termOf("enlevés")).toBe(termOf("enlèvements"));
    expect(termOf("restauration")).toBe(termOf("restaurer"));
  });

  it("gives irregular verb forms their infinitive's term, with or without accents", () => {
    expect(termOf("veulent")).toBe(termOf("vouloir"));
    expect(termOf("reprise")).toBe(termOf("reprendre"));
    expect(termOf("detruit")).toBe(termOf("détruire"));
    expect(termOf("veulent", "en")).toBe("veulent");
  });

  it("matches accented and unaccented spellings", () => {
    expect(terms("Sokhné armée")).toEqual(terms("sokhne armee"));
  });

  it("splits hyphenated names into words", () => {
    expect(terms("Al-Qaryatayn")).toEqual(["al", "qaryatayn"]);
  });

  it("ignores hyphenated fillers such as là-bas and est-ce, keeping offsets", () => {
    const tokens = analyze("Sokhné, il se passe quoi là-bas ? est-ce grave");
    expect(tokens.map((token) => token.surface)).toEqual(["Sokhné", "passe", "grave"]);
  });

  it("keeps numbers", () => {
    expect(terms("en 2015, à 120 kilomètres")).toEqual(["2015", "120", "kilometr"]);
  });
});

describe("the language of a question (analyzeQuestion)", () => {
  it("recognises English questions", () => {
    expect(detectLanguage("Who demined Palmyra?")).toBe("en");
    expect(detectLanguage("What happened in Al-Qaryatayn in 2015?")).toBe("en");
  });

  it("defaults to French", () => {
    expect(detectLanguage("c'est qui qui démine Palmyre ?")).toBe("fr");
    expect(detectLanguage("Palmyre")).toBe("fr");
  });
});
