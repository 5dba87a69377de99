import { describe, expect, it } from "vitest";
import { analyze, blankFillers, foldWord, termOf, tokenize } from "../../src/language/analyze.js";
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

  it("keeps a verb form that Snowball would give a noun's term with its verb", () => {
    // Snowball alone: paye → `pay`, the term of pays; payer, paie, paiement → `pai`.
    expect(termOf("paye")).toBe(termOf("payer"));
    expect(termOf("paye")).not.toBe(termOf("pays"));
    expect(termOf("paiement")).toBe(termOf("paie"));
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

describe("blankFillers", () => {
  // One of each filler the analysis blanks out, in lower and upper case.
  const fillers = [
    "là-bas",
    "la-bas",
    "là-dessus",
    "là-dedans",
    "là-haut",
    "est-ce",
    "peut-être",
    "peut-etre",
    "c'est-à-dire",
    "c’est-à-dire",
    "ci-dessus",
    "ci-dessous",
    "celui-ci",
    "celle-ci",
    "ceux-ci",
    "celles-ci",
    "celui-là",
    "celle-là",
    "ceux-là",
    "qu'est-ce",
    "qu’est-ce",
    "à la place",
    "a la place",
    "au lieu",
    "par contre",
    "quand même",
    "quand meme",
    "en tout cas",
    "de toute façon",
    "de toute facon",
    "tout de suite",
  ];

  it("blanks every filler, whatever its case, keeping the offsets", () => {
    for (const filler of fillers.flatMap((word) => [word, word.toUpperCase()])) {
      const text = `Il dit ${filler} de partir.`;
      const blanked = blankFillers(text);
      expect(blanked, filler).toBe(`Il dit ${" ".repeat(filler.length)} de partir.`);
    }
    // `du coup` is a filler unless a noun follows (`du coup de feu`).
    expect(blankFillers("Du coup, il part.")).toBe("       , il part.");
    expect(blankFillers("Un bruit du coup de feu.")).toBe("Un bruit du coup de feu.");
  });

  it("leaves a text without fillers as it is", () => {
    const text = "Le porte-parole de Jean-Marc a parlé du coût de la place Bellecour.";
    expect(blankFillers(text)).toBe(text);
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

describe("the topic words of a question typed as in a chat (analyzeQuestion)", () => {
  const topicOf = (question: string) => analyzeQuestion(question).words.map((word) => word.surface);

  it("drops chat spellings of question words and fillers, as it drops the standard ones", () => {
    expect(topicOf("ya koi comme musées a palmyre stp")).toEqual(["musées", "palmyre"]);
    expect(topicOf("ki a repris la ville mdr")).toEqual(["repris", "ville"]);
    expect(topicOf("pkoi kel armée")).toEqual(["armée"]);
    expect(topicOf("la cgt a refusé pk")).toEqual(["cgt", "refusé"]);
    expect(topicOf("qd la ville a été reprise")).toEqual(["ville", "reprise"]);
  });

  it("drops chat spellings of function words (tjrs, mtn, qqn, bcp, ds, pcq, chui)", () => {
    expect(topicOf("tjrs pas de tram mtn")).toEqual(["tram"]);
    expect(topicOf("qqn sait si ya bcp de monde ds la gare")).toEqual(["monde", "gare"]);
    expect(topicOf("chui bloqué pcq la ligne est coupée")).toEqual(["bloqué", "ligne", "coupée"]);
  });

  it("drops fixed phrases whose words would look like a topic (à la place de, du coup)", () => {
    expect(topicOf("ils font quoi a la place du ski")).toEqual(["ski"]);
    expect(topicOf("du coup la gare ferme")).toEqual(["gare", "ferme"]);
    expect(topicOf("le coup de feu")).toEqual(["coup", "feu"]);
  });

  it("keeps the greetings that are also words (salut, merci)", () => {
    expect(topicOf("le salut de la ville")).toEqual(["salut", "ville"]);
  });

  it("keeps the particle after a word of an English question, and a stopword verb only with one", () => {
    const [took, ...rest] = analyzeQuestion("when did the rocket take off").words.slice(-2);
    expect(took?.surface).toBe("take");
    expect(took?.onlyWithParticle).toBe(true);
    expect(took?.particle?.surface).toBe("off");
    expect(rest.map((word) => word.surface)).toEqual(["off"]);
    expect(topicOf("will the rocket take the road")).toEqual(["rocket", "road"]);
    expect(analyzeQuestion("la fusée a décollé off").words.every((word) => !word.particle)).toBe(
      true,
    );
  });

  it("reads the answer kind of a chat question word", () => {
    expect(analyzeQuestion("ki a repris palmyre").answerKind).toBe("person");
    expect(analyzeQuestion("pkoi ils ont fui").answerKind).toBe("cause");
    expect(analyzeQuestion("ki a repris palmyre ?").yesNo).toBe(false);
  });
});
