import { generateSyntheticCorpus } from "../../bench/synthetic-corpus.js";
import type { Article, Corpus } from "../../src/corpus/types.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { splitSentences } from "../../src/text/sentences.js";

/** An article of the given paragraphs, as the corpus reader makes it. */
export function articleOf(id: string, title: string, texts: readonly string[]): Article {
  return {
    id,
    title,
    date: null,
    source: null,
    language: "fr",
    file: `${id}.txt`,
    passages: texts.map((text, index) => ({
      id: `${id}#${index + 1}`,
      articleId: id,
      paragraph: index + 1,
      text,
      sentences: splitSentences(text),
    })),
  };
}

const PORT = articleOf("port", "Grève au port du Havre", [
  "Les dockers du port du Havre sont en grève depuis lundi contre la réforme des retraites.",
  "Les navires attendent au large ; la CGT annonce que le mouvement durera trois jours.",
]);
const MUSEE = articleOf("musee", "Le musée des Beaux-Arts rouvre", [
  "Après deux ans de travaux, le musée des Beaux-Arts de Lyon rouvre ses portes samedi.",
  "La restauration a coûté 12 millions d'euros, financés par la ville et la région.",
]);

/** About 200 synthetic paragraphs with two real articles inside, and their aliases. */
export function fixtureCorpus(): Corpus {
  const corpus = generateSyntheticCorpus({
    paragraphs: 200,
    include: { articles: [PORT, MUSEE], aliases: [] },
    seed: 7,
  });
  return { articles: corpus.articles, aliases: [["CGT", "Confédération générale du travail"]] };
}

/** The corpus with one article's text changed (the real `musee` one). */
export function withOneArticleChanged(corpus: Corpus): Corpus {
  return {
    ...corpus,
    articles: corpus.articles.map((article) =>
      article.id === "musee"
        ? articleOf("musee", "Le musée des Beaux-Arts rouvre", [
            "Après deux ans de travaux, le musée des Beaux-Arts de Lyon rouvre ses portes dimanche.",
            "La restauration a coûté 14 millions d'euros ; une fresque inconnue a été découverte.",
          ])
        : article,
    ),
  };
}

/** Questions that exercise ranking, the no-answer, aliases and typos. */
const QUESTIONS = [
  "grève des dockers",
  "combien a coûté la restauration",
  "quand le musée rouvre-t-il",
  "Confédération générale du travail",
  "fresque découverte",
  "les navires au large",
  "dokers en grêve",
  "la météo à Bordeaux demain",
];
const PREFIXES = ["", "d", "mu", "grève des d", "restau", "fres", "navi"];

/**
 * What an index answers, position-independently: results (passage, score, coverage, highlights,
 * best sentence), "more", did-you-mean, and autocomplete, for the questions above plus a few
 * synthetic words (so that the shared vocabulary is exercised too).
 */
export function answersOf(index: PassageIndex, corpus: Corpus) {
  const synthetic = corpus.articles
    .filter((article) => article.id.startsWith("synth-"))
    .slice(0, 12)
    .map((article) => article.title);
  return {
    stats: index.stats,
    searches: [...QUESTIONS, ...synthetic].map((question) => {
      const response = index.search(question, { limit: 10 });
      return {
        question,
        results: response.results.map((hit) => [
          hit.passage.id,
          hit.score,
          hit.coverage,
          hit.highlights,
          hit.bestSentence.text,
        ]),
        hasMore: response.hasMore,
        suggestions: response.suggestions,
      };
    }),
    completions: [...PREFIXES, ...synthetic.map((title) => title.slice(0, 12))].map((prefix) => [
      prefix,
      index.suggest(prefix, 10),
    ]),
  };
}
