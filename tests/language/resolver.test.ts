import { describe, expect, it } from "vitest";
import { analyze, termOf } from "../../src/language/analyze.js";
import {
  type CompiledLexicon,
  generalLexiconFrom,
  Lexicon,
  OTHER_WORD_WEIGHT,
} from "../../src/language/lexicon.js";
import { analyzeQuestion } from "../../src/language/question.js";
import { type Concept, TermResolver } from "../../src/language/resolver.js";
import { Vocabulary } from "../../src/language/vocabulary.js";
import { defaultMatchWeights } from "../../src/language/weights.js";

// A tiny lexicon, written as the compiler writes it (every word already its index terms).
const terms = (word: string) =>
  analyze(word)
    .map((token) => token.term)
    .join(" ");
const COMPILED: CompiledLexicon = {
  format: 2,
  english: {
    nice: [[terms("agréable"), 1]],
    armi: [[terms("armée"), 1]],
    strike: [[terms("grève"), 0.8]],
    "step down": [[terms("démissionner"), 1]],
    sign: [[terms("panneau"), 1]],
    reservoir: [[terms("retenue"), 1]],
    [`${termOf("town", "en")} ${termOf("hall", "en")}`]: [[terms("mairie"), 0.8]],
    [`${termOf("dengue", "en")} ${termOf("fever", "en")}`]: [[terms("dengue"), 0.6]],
    [termOf("fever", "en")]: [[terms("fièvre"), 1]],
  },
  englishWords: { striking: [[terms("spectaculaire"), 0.9]] },
  synonyms: {
    [terms("voiture")]: [[terms("automobile"), 0.7]],
    [terms("demain")]: [[terms("lendemain"), 0.6]],
    [terms("rentrés")]: [[terms("retour"), 0.9]],
  },
  synonymWords: {},
  termWords: {},
  familiar: {
    [terms("bagnole")]: [[terms("voiture"), 1]],
    [terms("boulot")]: [[terms("travail"), 1]],
  },
  familiarWords: {},
  familiarTermWords: {},
  acronyms: { sncf: [[terms("chemins de fer"), 1]] },
  antonyms: { [terms("arrêter")]: [terms("poursuivre")] },
  englishForms: { stepped: "step" },
  // As the compiler writes it: the dictionary's words and the tables' French words.
  commonWords: [
    ...["demain", "lendemain", "voiture", "automobile", "arrêter", "poursuivre"],
    ...["rugby", "paludisme", "kouign-amann"],
    ...["signe", "réservoir"],
  ]
    .map(terms)
    .join(" "),
  commonSounds: "",
  names: "louvre marseille nice",
  nouns: "amann kouign kouign-amann paludisme rugby",
};

// The words of a tiny corpus, one passage per line.
const PASSAGES = [
  "L'armée a poursuivi son avancée vers la ville.",
  "La voiture du maire a été retrouvée près du moustique géant.",
  "Les chemins de fer sont en grève depuis lundi.",
  "Le travail reprend à l'usine de Châtellerault.",
  "Une automobile brûle sur le périphérique.",
  "La grève dure depuis une semaine.",
  "Le maire a démissionné lundi.",
  "La sécurité des urnes fermées est assurée une dernière fois.",
  "Le club veut un nouveau stade.",
  "Les électeurs vont voter et allumer les lampadaires.",
  "Le musée ouvre ses portes.",
  "Un panneau signale la retenue d'eau.",
  "Les pirates sont entrés dans le système, sans retour possible.",
  "Les élèves de troisième passent le brevet au 12e jour.",
  "La prochaine réunion aura lieu mardi, mais le club s'y opposait.",
  "Les ravisseurs exigent une rançon.",
  "Le budget de l'UE augmente.",
  "La mairie signale un cas de dengue, avec une forte fièvre.",
];

function vocabulary(): Vocabulary {
  const words = new Vocabulary();
  for (const passage of PASSAGES) words.addPassage(analyze(passage));
  return words.freezeNow();
}

const resolver = new TermResolver(
  new Lexicon(generalLexiconFrom(COMPILED), [["Châtellerault", "Chatellerault-Ville"]]),
);
const source = vocabulary();
const resolve = (question: string): Concept[] =>
  resolver.resolve(analyzeQuestion(question), source);
const only = (question: string): Map<string, number> => {
  const [concept, ...rest] = resolve(question);
  expect(rest).toEqual([]);
  return concept?.alternatives ?? new Map();
};

describe("TermResolver", () => {
  const w = defaultMatchWeights;

  it("matches a word the source has by its own term, at weight 1", () => {
    expect(only("armée")).toEqual(new Map([[terms("armée"), 1]]));
  });

  it("matches an elision typed without apostrophe", () => {
    expect(only("larmee")).toEqual(new Map([[terms("armée"), w.elision]]));
    expect(only("lue")).toEqual(new Map([[terms("UE"), w.elision]]));
  });

  it("reads a final `e` typed without its accent as `é` (`securite`, `fermees`)", () => {
    expect(only("securite")).toEqual(new Map([[terms("sécurité"), w.accent]]));
    expect(only("fermees").get(terms("fermées"))).toBe(w.accent);
  });

  it("reads a final `iere` typed without its accent as `ière` (`derniere`)", () => {
    expect(only("derniere").get(terms("dernière"))).toBe(w.accent);
  });

  it("leaves a word typed with an accent to typo tolerance", () => {
    expect(only("sécurite").get(terms("sécurité")) ?? 0).toBeLessThan(w.accent);
  });

  it("weighs a modal verb less than the words of the question's topic", () => {
    const [want, stadium] = resolve("ils veulent un stade");
    expect(want?.alternatives.get(terms("vouloir"))).toBe(1);
    expect(want?.weight).toBeCloseTo(source.idf(terms("vouloir")) * w.modalVerb);
    expect(stadium?.weight).toBeCloseTo(source.idf(terms("stade")));
  });

  it("reads a verb the source lacks without its prefix of repetition (`revoter`, `rallumer`)", () => {
    expect(only("revoter").get(terms("voter"))).toBe(w.prefix);
    expect(only("rallumer").get(terms("allumer"))).toBe(w.prefix);
  });

  it("matches an ordinal in figures with the same ordinal in words, both ways (`3e`, `douzième`)", () => {
    expect(only("3e").get(terms("troisième"))).toBe(1);
    expect(only("douzième").get(terms("12e"))).toBe(1);
  });

  it("keeps the family of a word the source lacks beside its synonyms (`rentrés`: `entrés`)", () => {
    const found = only("rentrés");
    expect(found.get(terms("retour"))).toBeCloseTo(w.synonym * 0.9);
    expect(found.get(terms("entrés"))).toBe(w.prefix);
  });

  it("reads no elision before a consonant, where French never elides (`tram` is not t'ram)", () => {
    expect(only("lvoiture").get(terms("voiture")) ?? 0).toBeLessThan(w.elision);
  });

  it("translates English words in English questions, weighted by the entry's confidence", () => {
    expect(only("is the strike over")).toEqual(new Map([[terms("grève"), w.translation * 0.8]]));
  });

  it("reads a French word as English only when it is spelt as that English word", () => {
    // `signes` is French; the English stemmer's `sign` (a panel) is another word.
    expect(only("signes").has(terms("panneau"))).toBe(false);
    // `reservoir` is also the English word, whose French words stand for it.
    expect(only("reservoir").get(terms("retenue"))).toBe(w.translation);
  });

  it("translates an English phrasal verb as one, in any form (`stepped down` → `démissionner`)", () => {
    const [mayor, phrasal, ...rest] = resolve("why has the mayor stepped down");
    expect(rest).toEqual([]);
    expect(mayor?.surface).toBe("mayor");
    expect(phrasal?.surface).toBe("stepped down");
    expect(phrasal?.alternatives).toEqual(new Map([[terms("démissionner"), w.translation]]));
  });

  it("translates an English phrase as one (`town hall` → `mairie`)", () => {
    const [townHall, ...rest] = resolve("where is the town hall");
    expect(rest).toEqual([]);
    expect(townHall?.surface).toBe("town hall");
    expect(townHall?.alternatives).toEqual(new Map([[terms("mairie"), w.translation * 0.8]]));
  });

  it("reads an English phrase word by word when it only leads back to one of its words", () => {
    // `dengue fever` → `dengue` would leave `fever` (`fièvre`) out of the question.
    expect(resolve("what is dengue fever").map((concept) => concept.surface)).toEqual([
      "dengue",
      "fever",
    ]);
  });

  it("translates an English word by its own entry before its term's", () => {
    const lexicon = new Lexicon(generalLexiconFrom(COMPILED));
    const words = (word: string) =>
      lexicon.translateWord(word).map((entry) => entry.terms.join(" "));
    expect(words("Striking")).toEqual([terms("spectaculaire")]);
    expect(words("strikes")).toEqual([terms("grève")]);
  });

  it("finds the standard word for a familiar one", () => {
    expect(only("bagnole")).toEqual(
      new Map([
        [terms("voiture"), w.familiar],
        [terms("automobile"), w.synonym * 0.7],
      ]),
    );
    expect(only("boulot")).toEqual(new Map([[terms("travail"), w.familiar]]));
  });

  it("lets a synonym stand beside a word the source also has", () => {
    expect(only("voiture").get(terms("automobile"))).toBe(w.synonymBeside * 0.7);
  });

  it("expands acronyms into the words they stand for", () => {
    expect([...only("SNCF").values()]).toEqual([w.acronym]);
  });

  it("reads the corpus's alias groups as one concept", () => {
    expect(only("Chatellerault-Ville").get(terms("Châtellerault"))).toBe(w.alias);
  });

  it("lets opposite meanings stand only in yes/no questions", () => {
    expect(only("arrêtée ?").get(terms("poursuivi"))).toBe(w.antonym);
    const [stopped] = resolve("pourquoi arrêtée");
    expect(stopped?.alternatives.size).toBe(0);
  });

  it("corrects typos by shared beginning, edit distance and sound", () => {
    expect(only("chatelleraul").get(terms("Châtellerault"))).toBe(w.prefix);
    expect(only("automobil").has(terms("automobile"))).toBe(true);
    expect(only("moustik").get(terms("moustique"))).toBe(w.phonetic);
    expect(only("periferique").get(terms("périphérique"))).toBe(w.phonetic);
  });

  it("gives a word's stem the typo budget of the word as typed", () => {
    // `prochène`: its stem `prochen` is two edits from `prochain`, as the eight-letter word allows.
    expect(only("prochène").get(terms("prochaine"))).toBe(w.fuzzy / 2);
  });

  it("hears the `ç` of a corpus word as /s/", () => {
    // `rançon` sounds as `ranson` is typed, though its folded `rancon` reads `RANKON`.
    expect(only("ranson").get(terms("rançon"))).toBe(w.phonetic);
  });

  it("corrects a misspelt word glued to its elision", () => {
    // `sopose` (s'oppose, one `p` short): the word after the elision, corrected.
    expect(only("sopose").get(terms("opposait"))).toBe(w.fuzzy);
  });

  it("does not correct a real word the source lacks into another one", () => {
    // `demain` is one edit from `semain`, but a word the lexicon knows is not a typo.
    expect(only("demain").size).toBe(0);
    expect(only("semainne").has(terms("semaine"))).toBe(true);
  });

  it("weighs a missing name far above a missing common word", () => {
    const [stop, lyon] = resolve("arrêter à lyon");
    expect(stop?.unknownName).toBe(false);
    expect(stop?.weight).toBeCloseTo(source.idf("") * w.unknownWord);
    expect(lyon?.unknownName).toBe(true);
    expect(lyon?.weight).toBeCloseTo(source.idf("") * w.unknownName);
    const [, name] = resolve("le maire de Quimperlé");
    expect(name?.unknownName).toBe(true);
  });

  it("weighs a missing noun above a missing verb when it is the only word nothing matched", () => {
    const [, rugby] = resolve("grève du rugby");
    expect(rugby?.unknownNoun).toBe(true);
    expect(rugby?.weight).toBeCloseTo(source.idf("") * w.unknownNoun);
    // Beside another unmatched word, the question is more likely phrased otherwise.
    const [, , noun] = resolve("grève arrêter paludisme");
    expect(noun?.unknownNoun).toBe(false);
    expect(noun?.weight).toBeCloseTo(source.idf("") * w.unknownWord);
    // The unmatched parts of one hyphenated noun are one word, each weighing as a noun.
    const [, kouign, amann] = resolve("grève du kouign-amann");
    expect([kouign?.unknownNoun, amann?.unknownNoun]).toEqual([true, true]);
    expect(amann?.weight).toBeCloseTo(source.idf("") * w.unknownNoun);
    // Not in an English question, whose words are English.
    const english = resolve("is the strike over for rugby").find(
      (concept) => concept.surface === "rugby",
    );
    expect(english?.unknownNoun).toBe(false);
  });

  it("reads a name the dictionary knows as itself, neither an elision nor a typo", () => {
    // `louvre` is no `l'ouvre`, nor `ouvre` misspelt: the source never names the Louvre.
    const [louvre] = resolve("le louvre est fermé");
    expect(louvre?.alternatives.size).toBe(0);
    expect(louvre?.unknownName).toBe(true);
  });

  it("takes a French name in an English question for a name, unless it is an English word", () => {
    const [, marseille] = resolve("is the strike over in marseille");
    expect(marseille?.unknownName).toBe(true);
    const [, nice] = resolve("is the strike nice");
    expect(nice?.unknownName).toBe(false);
    // A word no lexicon knows, English or French (`iphone`), is a name too; a French one is not.
    const named = (question: string, surface: string) =>
      resolve(question).find((concept) => concept.surface === surface)?.unknownName;
    expect(named("is the strike over for iphone", "iphone")).toBe(true);
    expect(named("is the strike over demain", "demain")).toBe(false);
  });
});

describe("TermResolver, a target's synonyms", () => {
  // `détenu` and `détenir` share a term; the compiler keeps the word each target was written as.
  const detenu = `${terms("détenu")}|detenu`;
  const lexicon: CompiledLexicon = {
    ...COMPILED,
    english: { [termOf("prisoner", "en")]: [[detenu, 1]] },
    englishWords: {},
    synonyms: {
      [terms("détenu")]: [
        [terms("captif"), 0.9],
        [terms("propriétaire"), 0.9],
      ],
    },
    synonymWords: {
      detenu: [[terms("captif"), 0.9]],
      detenir: [[terms("propriétaire"), 0.9]],
    },
    termWords: { [terms("détenu")]: "detenir detenu" },
    familiar: { [terms("taulard")]: [[detenu, 1]] },
  };
  const passages = ["Le captif a été libéré.", "Le propriétaire a vendu la maison."];
  const words = new Vocabulary();
  for (const passage of passages) words.addPassage(analyze(passage));
  const targetSource = words.freezeNow();
  const targetResolver = new TermResolver(new Lexicon(generalLexiconFrom(lexicon)));
  const weightsOf = (question: string) =>
    targetResolver.resolve(analyzeQuestion(question), targetSource)[0]?.alternatives ?? new Map();

  it("takes a familiar word's target's synonyms by its word: another word's of its term count less", () => {
    expect(terms("détenu")).toBe(terms("détenir"));
    const found = weightsOf("taulards");
    expect(found.get(terms("captif"))).toBeGreaterThan(found.get(terms("propriétaire")) ?? 0);
    expect(found.get(terms("propriétaire"))).toBeCloseTo(
      (found.get(terms("captif")) ?? 0) * OTHER_WORD_WEIGHT,
    );
  });

  it("takes an English word's translation's synonyms by its French word too", () => {
    const found = weightsOf("which prisoner was freed");
    expect(found.get(terms("captif"))).toBeGreaterThan(found.get(terms("propriétaire")) ?? 0);
  });
});

describe("TermResolver, a word asked again", () => {
  it("resolves it as the first time, whatever the caller did to the first answer", () => {
    const fresh = new TermResolver(resolver.lexicon);
    const first = fresh.resolve(analyzeQuestion("la voitur du maire"), source);
    const expected = structuredClone(first);
    for (const concept of first) {
      concept.alternatives.clear();
      concept.weight = -1;
    }
    expect(fresh.resolve(analyzeQuestion("la voitur du maire"), source)).toEqual(expected);
    expect(fresh.resolve(analyzeQuestion("la voitur du maire a"), source)).toEqual(expected);
  });

  it("resolves a word against each source apart", () => {
    const fresh = new TermResolver(resolver.lexicon);
    const other = new Vocabulary();
    other.addPassage(analyze("Les voitures électriques se vendent mieux."));
    other.freezeNow();
    const [inSource] = fresh.resolve(analyzeQuestion("grève"), source);
    const [inOther] = fresh.resolve(analyzeQuestion("grève"), other);
    expect(inSource?.alternatives.size).toBe(1);
    expect(inOther?.alternatives.size).toBe(0);
  });
});
