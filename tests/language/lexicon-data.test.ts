import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compileLexicon,
  EMPTY_ROWS,
  formatCompiledLexicon,
  GENERATED_BESIDE_CURATED,
  type LexiconRows,
  readLexiconRows,
} from "../../scripts/lexicon/compile.js";
import { termOf } from "../../src/language/analyze.js";
import {
  generalLexiconFrom,
  LEXICON_DATA_URL,
  Lexicon,
  OTHER_WORD_WEIGHT,
  shippedLexicon,
} from "../../src/language/lexicon.js";

/** Compiles the given rows, every other source empty. */
const compileRows = (rows: Partial<LexiconRows>) => compileLexicon({ ...EMPTY_ROWS, ...rows });

describe("compileLexicon", () => {
  it("keeps a phrasal verb's particle in its key, and the verb's irregular forms", () => {
    const { lexicon, unmatchable } = compileRows({
      english: [{ english: "take off", french: "décoller", weight: 1 }],
      englishForms: [{ form: "took", base: "take" }],
    });
    expect(unmatchable).toEqual([]);
    expect(lexicon.english[`${termOf("take", "en")} off`]).toEqual([[termOf("décoller"), 1]]);
    expect(lexicon.englishForms.took).toBe(termOf("take", "en"));
  });

  it("reads a name spelt like a common word as a name only when curated English translates to it, and a compound name's parts", () => {
    const { lexicon } = compileRows({
      curated: [{ kind: "en-fr", word: "china", target: "Chine" }],
      words: [
        { word: "Chine", kind: "name" },
        { word: "chine", kind: "common" },
        { word: "Rose", kind: "name" },
        { word: "rose", kind: "common" },
        { word: "Lyon", kind: "name" },
        { word: "Corbeil-Essonnes", kind: "name" },
        { word: "Sainte-Rose", kind: "name" },
        { word: "saint", kind: "common" },
      ],
    });
    // A compound name's parts too, unless a common word or its feminine or plural (`sainte`).
    expect(lexicon.names.split(" ")).toEqual(["chine", "corbeil", "essonnes", "lyon"]);
  });

  it("lists the nouns, folded, with the parts of a compound noun that are no common word", () => {
    const { lexicon } = compileRows({
      words: [
        { word: "chômage", kind: "noun" },
        { word: "kouign-amann", kind: "noun" },
        { word: "pomme-de-terre", kind: "noun" },
        { word: "pomme", kind: "noun" },
        { word: "terre", kind: "common" },
        { word: "penser", kind: "common" },
      ],
    });
    expect(lexicon.nouns.split(" ")).toEqual([
      "amann",
      "chomage",
      "kouign",
      "kouign-amann",
      "pomme",
      "pomme-de-terre",
    ]);
    // A noun is a common word too.
    expect(lexicon.commonWords.split(" ")).toContain(termOf("chômage"));
  });

  it("keys synonyms by the word too where several words share a term", () => {
    const { lexicon } = compileRows({
      synonyms: [
        { word: "traité", synonym: "accord", weight: 0.9 },
        { word: "traitement", synonym: "salaire", weight: 0.9 },
        { word: "voiture", synonym: "automobile", weight: 0.9 },
      ],
    });
    expect(termOf("traité")).toBe(termOf("traitement"));
    // Every term lists its words, so a target word knows whether its term's synonyms are its own.
    expect(lexicon.termWords).toEqual({
      [termOf("traité")]: "traite traitement",
      [termOf("voiture")]: "voiture",
    });
    expect(lexicon.synonymWords).toEqual({
      traite: [[termOf("accord"), 0.9]],
      traitement: [[termOf("salaire"), 0.9]],
    });
    expect(lexicon.synonyms[termOf("traité")]).toHaveLength(2);
  });

  it("discounts a generated synonym beside curated ones unless two sources confirm it", () => {
    const { lexicon } = compileRows({
      synonyms: [
        { word: "trêve", synonym: "armistice", weight: 1, curated: true },
        { word: "trêve", synonym: "paix", weight: 0.9 },
        { word: "trêve", synonym: "pause", weight: 0.6 },
      ],
    });
    expect(lexicon.synonyms[termOf("trêve")]).toEqual([
      [termOf("armistice"), 1],
      [termOf("paix"), 0.9],
      [termOf("pause"), 0.6 * GENERATED_BESIDE_CURATED],
    ]);
  });

  it("reports a compound that folding would cut to another word (`nouveau-né`: `nouveau`)", () => {
    const { lexicon, unmatchable } = compileRows({
      synonyms: [
        { word: "gamin", synonym: "nouveau-né", weight: 0.9 },
        { word: "gamin", synonym: "môme", weight: 0.9 },
      ],
    });
    expect(unmatchable.map(({ row }) => row)).toEqual(["gamin → nouveau-né"]);
    expect(lexicon.synonyms[termOf("gamin")]).toEqual([[termOf("môme"), 0.9]]);
  });
});

describe("Lexicon.standardOfWord", () => {
  it("gives each familiar word of a shared term its own standard words (`boss`, `bosser`)", () => {
    const { lexicon: compiled } = compileRows({
      curated: [
        { kind: "familiar", word: "boss", target: "patron" },
        { kind: "familiar", word: "bosser", target: "travailler" },
        { kind: "familiar", word: "bagnole", target: "voiture" },
      ],
    });
    expect(termOf("boss")).toBe(termOf("bosser"));
    expect(compiled.familiarTermWords).toEqual({ [termOf("boss")]: "boss bosser" });
    // `bagnole` shares its term with no other familiar word: no row under the word.
    expect(Object.keys(compiled.familiarWords).sort()).toEqual(["boss", "bosser"]);
    const lexicon = new Lexicon(generalLexiconFrom(compiled));
    const standard = (word: string) =>
      lexicon.standardOfWord(termOf(word), word).map((found) => found.terms.join(" "));
    expect(standard("boss")).toEqual([termOf("patron")]);
    expect(standard("bosser")).toEqual([termOf("travailler")]);
    // An inflection takes the closest word's rows: `bossait` is `bosser`.
    expect(standard("bossait")).toEqual([termOf("travailler")]);
    expect(standard("bagnole")).toEqual([termOf("voiture")]);
  });
});

describe("Lexicon.synonymsOfTarget", () => {
  it("gives a target word its own word's synonyms fully, another word's of its term less", () => {
    const { lexicon: compiled } = compileRows({
      curated: [
        { kind: "familiar", word: "taulard", target: "détenu" },
        { kind: "familiar", word: "thune", target: "argent" },
        { kind: "familiar", word: "bagnole", target: "voiture" },
        { kind: "familiar", word: "toubib", target: "médecin" },
      ],
      synonyms: [
        { word: "détenu", synonym: "prisonnier", weight: 0.9 },
        { word: "détenir", synonym: "posséder", weight: 0.9 },
        { word: "argenté", synonym: "chromé", weight: 0.9 },
        { word: "voiture", synonym: "automobile", weight: 0.9 },
      ],
    });
    expect(termOf("détenu")).toBe(termOf("détenir"));
    expect(termOf("argent")).toBe(termOf("argenté"));
    // The target keeps the word it was written as.
    expect(compiled.familiar[termOf("taulard")]).toEqual([[`${termOf("détenu")}|detenu`, 1]]);
    const lexicon = new Lexicon(generalLexiconFrom(compiled));
    const synonyms = (familiar: string) =>
      lexicon
        .standardOf(termOf(familiar))
        .flatMap((target) => lexicon.synonymsOfTarget(target))
        .map((synonym): [string, number] => [synonym.terms.join(" "), synonym.weight]);
    const other = 0.9 * OTHER_WORD_WEIGHT;
    expect(new Map(synonyms("taulard"))).toEqual(
      new Map([
        [termOf("prisonnier"), 0.9],
        [termOf("posséder"), other],
      ]),
    );
    // `argent` has no synonym rows of its own: `argenté`'s are another word's.
    expect(synonyms("thune")).toEqual([[termOf("chromé"), other]]);
    expect(synonyms("bagnole")).toEqual([[termOf("automobile"), 0.9]]);
    expect(synonyms("toubib")).toEqual([]);
  });
});

describe("Lexicon.synonymsOfWord", () => {
  it("gives a word its own synonyms first when several words share its term", () => {
    const lexicon = new Lexicon(shippedLexicon());
    const terms = (word: string) =>
      lexicon.synonymsOfWord(termOf(word), word).map((synonym) => synonym.terms.join(" "));
    expect(termOf("mères")).toBe(termOf("mer"));
    const weightOf = (word: string, synonym: string) =>
      lexicon
        .synonymsOfWord(termOf(word), word)
        .find((found) => found.terms.join(" ") === termOf(synonym))?.weight ?? 0;
    // `meres` is closest to `mère`: the mother's words count fully, the sea's (`mer`) less.
    expect(terms("meres")).toContain(termOf("épouse"));
    expect(weightOf("meres", "océan")).toBeLessThan(weightOf("mer", "océan"));
    expect(weightOf("meres", "océan")).toBeGreaterThan(0);
    // A word no synonym row shares a term with: the term's synonyms.
    expect(lexicon.synonymsOfWord(termOf("voiture"), "voiture")).toEqual(
      lexicon.synonymsOf(termOf("voiture")),
    );
  });
});

describe("the shipped lexicons (src/language/data/)", () => {
  const compiled = compileLexicon(readLexiconRows());

  it("lexicon.txt is what scripts/lexicon/compile.ts builds from the TSV files and analyzer now", () => {
    expect(readFileSync(LEXICON_DATA_URL, "utf8") === formatCompiledLexicon(compiled.lexicon)).toBe(
      true,
    );
  });

  it("holds no row that can never match through the analyzer", () => {
    expect(compiled.unmatchable).toEqual([]);
  });

  it("reads words of every kind: translations, familiar words, acronyms, synonyms, opposites", () => {
    const lexicon = shippedLexicon();
    const words = (entries: readonly { terms: readonly string[] }[]) =>
      entries.map((entry) => entry.terms.join(" "));
    expect(words(lexicon.english.get(termOf("army", "en")) ?? [])).toContain(termOf("armée"));
    expect(words(lexicon.familiar.get(termOf("bagnole")) ?? [])).toContain(termOf("voiture"));
    expect(words(lexicon.acronyms.get(termOf("SNCF")) ?? []).length).toBeGreaterThan(0);
    expect(words(lexicon.synonyms.get(termOf("voiture")) ?? [])).toContain(termOf("automobile"));
    expect(words(lexicon.antonyms.get(termOf("hausse")) ?? [])).toContain(termOf("baisse"));
    expect(words(lexicon.english.get(termOf("nato", "en")) ?? [])).toContain(termOf("OTAN"));
    expect(words(lexicon.english.get(termOf("unhcr", "en")) ?? [])).toContain(termOf("HCR"));
    expect(words(lexicon.english.get(termOf("cut", "en")) ?? [])).toContain(termOf("baisse"));
    expect(words(lexicon.english.get(termOf("tighten", "en")) ?? [])).toContain(termOf("durcir"));
    expect(words(lexicon.english.get(termOf("germany", "en")) ?? [])).toContain(
      termOf("Allemagne"),
    );
    const reader = new Lexicon(lexicon, []);
    expect(words(reader.translate(`${reader.englishTermOf("laid")} off`))).toContain(
      termOf("licencier"),
    );
    expect(lexicon.frenchTerms.has(termOf("demain"))).toBe(true);
    expect(lexicon.frenchTerms.has(termOf("sncf"))).toBe(false);
    expect(lexicon.frenchTerms.has(termOf("quimperle"))).toBe(false);
  });
});
