import { readFileSync } from "node:fs";
import { parseArticle } from "../../src/corpus/parse.js";
import type { AliasGroups, Article, Corpus } from "../../src/corpus/types.js";

/** Fixture articles of `tests/fixtures/summary/`, and the real Palmyre article. */
export const FIXTURE_DIR = "tests/fixtures/summary";

/** Parses one fixture article (a fresh object each call, so caches start cold). */
export function loadArticle(name: string, dir = FIXTURE_DIR): Article {
  const file = `${dir}/${name}.txt`;
  const result = parseArticle(readFileSync(file, "utf8"), file, name);
  if (!result.article)
    throw new Error(`fixture ${file} is not valid: ${JSON.stringify(result.problems)}`);
  return result.article;
}

export function palmyre(): Article {
  return loadArticle("palmyre-offensive-2016", "corpus");
}

export function corpusOf(articles: Article[], aliases: AliasGroups = []): Corpus {
  return { articles, aliases };
}

/** The real corpus's alias groups (`corpus/aliases.json`). */
export function realAliases(): AliasGroups {
  return JSON.parse(readFileSync("corpus/aliases.json", "utf8")) as AliasGroups;
}

/** The paragraph text a summary sentence's offsets point into. */
export function paragraphText(article: Article, paragraph: number): string {
  const passage = article.passages.find((candidate) => candidate.paragraph === paragraph);
  if (!passage) throw new Error(`${article.id} has no paragraph ${paragraph}`);
  return passage.text;
}
