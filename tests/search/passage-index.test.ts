import { beforeAll, describe, expect, it } from "vitest";
import { readCorpus } from "../../src/corpus/read.js";
import { buildPassageIndexAsync, type PassageIndex } from "../../src/search/passage-index.js";
import { foldWord } from "../../src/language/analyze.js";
import { articleOf } from "./index-fixtures.js";

let index: PassageIndex;
beforeAll(async () => {
  index = await buildPassageIndexAsync(await readCorpus("tests/fixtures/corpus"));
});

const top = (question: string) => index.search(question).results[0]?.passage.id;

describe("PassageIndex.search", () => {
  it("ranks the paragraph that contains both terms first", () => {
    expect(top("grève des dockers")).toBe("greve-port#1");
    expect(top("réunion syndicats")).toBe("greve-port#3");
  });

  it("finds inflected and derived forms", () => {
    expect(top("combien a coûté la restauration ?")).toBe("musee-lyon#1");
    expect(top("les navires attendaient ?")).toBe("greve-port#2");
  });

  it("ignores accents and case", () => {
    expect(top("GREVE DOCKERS MARSEILLE")).toBe("greve-port#1");
  });

  it("tolerates typos in longer words", () => {
    expect(top("les contenneurs sur les quai")).toBe("greve-port#2");
    expect(top("les vsiteurs découvrent quoi ?")).toBe("musee-lyon#2");
  });

  it("splits elisions written without apostrophe", () => {
    expect(top("lentree est gratuite ?")).toBe("musee-lyon#2");
  });

  it("expands corpus aliases", () => {
    expect(top("quand le MBA a-t-il rouvert ?")).toBe("musee-lyon#1");
  });

  it("answers English questions through the English-French lexicon", () => {
    expect(top("Who is on strike in Marseille?")).toBe("greve-port#1");
    expect(top("How much did the restoration cost?")).toBe("musee-lyon#1");
  });

  it("uses French synonyms for words the corpus does not contain", () => {
    expect(top("combien de bateaux patientent ?")).toBe("greve-port#2");
  });

  it("declines a question about a name the corpus does not know, even if another word matches", () => {
    expect(index.search("et la grève à Rotterdam ?").results).toEqual([]);
    expect(top("et la grève à Marseille ?")).toBe("greve-port#1");
  });

  it("declines a passage that matches only the question's names, not the detail it asks", async () => {
    const corpus = {
      articles: [
        articleOf("pontivy", "Municipales à Pontivy", [
          "Camille Le Goff a été élue maire de Pontivy dimanche soir.",
        ]),
        articleOf("hopital", "Vaccination", [
          "Le directeur de l'hôpital lance la campagne de vaccination.",
        ]),
      ],
      aliases: [],
    };
    const question = "qui est le directeur de campagne de Camille Le Goff";
    const strict = await buildPassageIndexAsync(corpus);
    const lenient = await buildPassageIndexAsync(corpus, { namesOnlyCoverage: 1 });
    expect(strict.search(question).results).toEqual([]);
    expect(lenient.search(question).results[0]?.passage.id).toBe("pontivy#1");
    expect(strict.search("Camille Le Goff élue maire ?").results[0]?.passage.id).toBe("pontivy#1");
  });

  it("declines a passage that lacks both the kind of answer asked and the detail asked", async () => {
    const corpus = {
      articles: [
        articleOf("golfech", "Arrêt prolongé à Golfech", [
          "Le réacteur numéro 2 de la centrale de Golfech restera à l'arrêt jusqu'en mars.",
        ]),
        articleOf("usine", "Une usine à Figeac", [
          "Le directeur de l'usine de Figeac présente le projet aux salariés.",
        ]),
      ],
      aliases: [],
    };
    const question = "qui est le directeur de la centrale nucléaire de Golfech";
    const strict = await buildPassageIndexAsync(corpus);
    const lenient = await buildPassageIndexAsync(corpus, { askedDetailMissCoverage: 1 });
    expect(strict.search(question).results).toEqual([]);
    expect(lenient.search(question).results[0]?.passage.id).toBe("golfech#1");
    expect(
      strict.search("jusqu'à quand la centrale de Golfech est à l'arrêt").results[0]?.passage.id,
    ).toBe("golfech#1");
  });

  it("does not answer about one year or month with a passage about another, even when the corpus has both", async () => {
    const years = await buildPassageIndexAsync({
      articles: [
        articleOf("pontivy", "Municipales à Pontivy", [
          "En mars 2020, la participation aux municipales de Pontivy avait atteint 44 %.",
        ]),
        articleOf("lorient", "Budget de Lorient", [
          "Le budget 2026 de Lorient a été voté en juillet.",
        ]),
      ],
      aliases: [],
    });
    const ids = (question: string) => years.search(question).results.map((hit) => hit.passage.id);
    expect(ids("participation en 2020")).toEqual(["pontivy#1"]);
    expect(ids("participation en 2026")).not.toContain("pontivy#1");
    expect(ids("participation en mars")).toEqual(["pontivy#1"]);
    expect(ids("participation en juillet")).not.toContain("pontivy#1");
  });

  it("does not answer about a place with an article that never names it", async () => {
    const places = await buildPassageIndexAsync({
      articles: [
        articleOf("tram", "Le tramway de Lyon", [
          "La ligne de tramway de Lyon ouvrira en septembre.",
        ]),
        articleOf("strasbourg", "Colère agricole", [
          "Près de 4 500 agriculteurs ont manifesté jeudi à Strasbourg contre l'accord.",
          "Les agriculteurs de Lyon ont rejoint le cortège en car.",
        ]),
        articleOf("colmar", "Colère agricole en Alsace", [
          "Près de 3 000 agriculteurs ont manifesté vendredi à Colmar.",
        ]),
      ],
      aliases: [],
    });
    const ids = places
      .search("combien d'agriculteurs ont manifesté à Lyon")
      .results.map((hit) => hit.passage.id);
    // The Strasbourg article names Lyon in another paragraph; the Colmar one never does.
    expect(ids).toContain("strasbourg#1");
    expect(ids).not.toContain("colmar#1");
  });

  it("does not answer about a place typed in lower case with an article that never names it", async () => {
    const places = await buildPassageIndexAsync({
      articles: [
        articleOf("tram", "Le tramway de Kervadec", [
          "La ligne de tramway de Kervadec ouvrira en septembre.",
        ]),
        articleOf("strasbourg", "Colère agricole", [
          "Près de 4 500 agriculteurs ont manifesté jeudi à Strasbourg contre l'accord.",
          "Les agriculteurs de Kervadec ont rejoint le cortège en car.",
        ]),
        articleOf("colmar", "Colère agricole en Alsace", [
          "Près de 3 000 agriculteurs ont manifesté vendredi à Colmar.",
        ]),
      ],
      aliases: [],
    });
    // `kervadec` is no word a lexicon knows, and the corpus writes it `Kervadec` only.
    const ids = places
      .search("combien d'agriculteurs ont manifesté à kervadec")
      .results.map((hit) => hit.passage.id);
    expect(ids).toContain("strasbourg#1");
    expect(ids).not.toContain("colmar#1");
  });

  it("answers `où` with the passage that situates the place first", async () => {
    const places = await buildPassageIndexAsync({
      articles: [
        articleOf("syrie", "Combats en Syrie", [
          "L'armée est entrée à Qaryatayn mardi, après des combats.",
          "Qaryatayn, une localité sunnite de Homs, est située à 120 kilomètres de Palmyre.",
        ]),
      ],
      aliases: [],
    });
    expect(places.search("où est Qaryatayn ?").results[0]?.passage.id).toBe("syrie#2");
  });

  it("returns no passage, with suggestions, when the corpus does not cover the question", () => {
    const response = index.search("Quelle est la météo à Bordeaux demain ?");
    expect(response.results).toEqual([]);
    expect(response.hasMore).toBe(false);
  });

  it("suggests corpus words close to a misspelt word on a miss", () => {
    const response = index.search("syndicts");
    expect(response.suggestions).toContain("syndicats");
  });

  it("suggests no look-alike for a real word the corpus lacks, only for a misspelt one", async () => {
    const strike = await buildPassageIndexAsync({
      articles: [
        articleOf("greve", "Grève", ["Les dockers sont en grève à Marseille depuis lundi."]),
      ],
      aliases: [],
    });
    // `brève` and `brave` are words of their own, not `grève` misspelt.
    expect(strike.search("une brève").suggestions).toEqual([]);
    expect(strike.search("what about the brave").suggestions).toEqual([]);
    expect(strike.search("les dokcres").suggestions).toEqual(["dockers"]);
  });

  it("returns no passage for a question made only of stopwords or punctuation", () => {
    expect(index.search("le la les ?").results).toEqual([]);
    expect(index.search("???").results).toEqual([]);
  });

  it("highlights the matched words of the passage, accent-insensitively", () => {
    const hit = index.search("greve marseille").results[0];
    const words = hit?.highlights.map(([start, end]) =>
      foldWord(hit.passage.text.slice(start, end)),
    );
    expect(words).toEqual(["marseille", "greve"]);
  });

  it("picks the sentence that answers as the best sentence", () => {
    const hit = index.search("combien de navires attendent ?").results[0];
    expect(hit?.bestSentence.text).toBe(
      "Selon la direction, une centaine de navires attendent au large.",
    );
    expect(hit?.passage.text.slice(hit.bestSentence.start, hit.bestSentence.end)).toBe(
      hit?.bestSentence.text,
    );
  });

  it("pages with limit and offset and says when more remain", () => {
    const question = "les salles et les visiteurs";
    const first = index.search(question, { limit: 1 });
    expect(first.results).toHaveLength(1);
    expect(first.hasMore).toBe(true);
    const second = index.search(question, { limit: 1, offset: 1 });
    expect(second.results).toHaveLength(1);
    expect(second.hasMore).toBe(false);
    expect(second.results[0]?.passage.id).not.toBe(first.results[0]?.passage.id);
  });

  it("survives hostile input", () => {
    for (const query of [
      "",
      " ",
      "a".repeat(100_000),
      "@everyone <@123>",
      "\u0000\uFFFF",
      "🙂🙂",
    ]) {
      expect(() => index.search(query)).not.toThrow();
    }
  });
});

describe("PassageIndex.suggest", () => {
  it("completes the last word with corpus words", () => {
    expect(index.suggest("grè")).toContain("grève");
    expect(index.suggest("la grève des dock")).toContain("la grève des dockers");
  });

  it("offers titles when nothing is typed", () => {
    expect(index.suggest("")).toContain("Grève au port de Marseille");
  });

  it("keeps every choice within Discord's 100 characters", () => {
    for (const choice of index.suggest(`${"très longue question ".repeat(10)}dock`)) {
      expect(choice.length).toBeLessThanOrEqual(100);
      expect(choice.length).toBeGreaterThan(0);
    }
  });
});

describe("PassageIndex.suggest, with words typed before", () => {
  it("ranks first the completions found in the passages of the rare words typed before", async () => {
    const common = Array.from(
      { length: 6 },
      (_, n) => `Les dockers du port numéro ${n} réclament une hausse des salaires.`,
    );
    const related = await buildPassageIndexAsync({
      articles: [
        articleOf("ports", "Les ports en grève", common),
        articleOf("tanger", "Tanger", ["À Tanger, les documents des armateurs sont saisis."]),
      ],
      aliases: [],
    });
    const plain = related.suggest("doc", 5);
    expect(plain.indexOf("dockers")).toBeLessThan(plain.indexOf("documents"));
    const afterTanger = related.suggest("Tanger doc", 5);
    expect(afterTanger.indexOf("Tanger documents")).toBeGreaterThan(0);
    expect(afterTanger.indexOf("Tanger documents")).toBeLessThan(
      afterTanger.indexOf("Tanger dockers"),
    );
    // Asked again (the head remembered), the same choices.
    expect(related.suggest("Tanger doc", 5)).toEqual(afterTanger);
  });
});
