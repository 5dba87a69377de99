import { describe, expect, it } from "vitest";
import { CorpusError, formatProblem, parseArticle } from "../../src/corpus/parse.js";

const FILE = "corpus/test.txt";
const article = (
  frontMatter: string,
  body = "Premier paragraphe.\n\nSecond paragraphe, sur deux\nlignes.",
) => `---\n${frontMatter}\n---\n\n${body}\n`;

const problemsOf = (text: string) => {
  const result = parseArticle(text, FILE, "test");
  return result.problems.map(formatProblem);
};

describe("parseArticle", () => {
  it("reads the front matter and numbers paragraphs from 1", () => {
    const result = parseArticle(
      article("title: Un titre\ndate: 2016-03-29\nsource: https://example.org/a\nlanguage: fr"),
      FILE,
      "test",
    );
    expect(result.article).toMatchObject({
      id: "test",
      title: "Un titre",
      date: "2016-03-29",
      source: "https://example.org/a",
      language: "fr",
    });
    expect(
      result.article?.passages.map((passage) => [passage.id, passage.paragraph, passage.text]),
    ).toEqual([
      ["test#1", 1, "Premier paragraphe."],
      ["test#2", 2, "Second paragraphe, sur deux lignes."],
    ]);
  });

  it("leaves date and source empty when the article gives none", () => {
    const result = parseArticle(article("title: T\ndate:\nsource:"), FILE, "test");
    expect(result.article).toMatchObject({ date: null, source: null, language: "fr" });
  });

  it("keeps each passage's sentences with offsets into the passage", () => {
    const result = parseArticle(article("title: T", "Une phrase. Une autre phrase."), FILE, "test");
    const passage = result.article?.passages[0];
    expect(passage?.sentences.map((s) => passage.text.slice(s.start, s.end))).toEqual([
      "Une phrase.",
      "Une autre phrase.",
    ]);
  });

  it("takes the id from the front matter over the file name", () => {
    expect(parseArticle(article("id: palmyre-2016\ntitle: T"), FILE, "test").article?.id).toBe(
      "palmyre-2016",
    );
  });

  it("names the file, the line and the fix for a missing title", () => {
    expect(problemsOf(article("date: 2016-03-29"))).toEqual([
      'corpus/test.txt: front matter "title" is missing or empty (line 1): add a line "title: …"',
    ]);
  });

  it("rejects a date that is not a real date", () => {
    expect(problemsOf(article("title: T\ndate: 2016-02-30"))).toEqual([
      'corpus/test.txt: front matter "date" is not a date (line 3): write it as YYYY-MM-DD or leave it empty',
    ]);
  });

  it("rejects an empty body", () => {
    expect(problemsOf(article("title: T", ""))).toEqual([
      "corpus/test.txt: the article body is empty (line 4): add paragraphs separated by blank lines",
    ]);
  });

  it("takes the first line as the title of a file without front matter", () => {
    const result = parseArticle(
      "\n# Grève au port\n\nLes dockers ont cessé le travail.\n\nLe trafic reprend lundi.\n",
      "corpus/greve.md",
      "greve",
    );
    expect(result.problems).toEqual([]);
    expect(result.article).toMatchObject({ id: "greve", title: "Grève au port", date: null });
    expect(result.article?.passages.map((passage) => passage.text)).toEqual([
      "Les dockers ont cessé le travail.",
      "Le trafic reprend lundi.",
    ]);
  });

  it("rejects a file without front matter that has a title but no body, and an empty file", () => {
    expect(problemsOf("Juste du texte.")).toEqual([
      "corpus/test.txt: the article body is empty (line 2): add paragraphs separated by blank lines",
    ]);
    expect(problemsOf("\n  \n")).toEqual([
      'corpus/test.txt: the file is empty (line 1): write the title on the first line, then the paragraphs (or a front matter "---", "title: …", "---")',
    ]);
  });

  it("rejects unknown keys, bad sources and unclosed front matter", () => {
    expect(problemsOf(article("title: T\nauteur: X\nsource: ftp://x"))).toEqual([
      'corpus/test.txt: front matter has an unknown key "auteur" (line 3): use one of id, title, date, source, language',
      'corpus/test.txt: front matter "source" is not an http(s) URL (line 4): write a full URL or leave it empty',
    ]);
    expect(problemsOf("---\ntitle: T\n\nTexte.")).toEqual([
      'corpus/test.txt: front matter is not closed (line 1): end it with a line "---"',
    ]);
  });

  it("lists every problem in one CorpusError message", () => {
    const error = new CorpusError([
      { file: "a.txt", message: "first" },
      { file: "b.txt", line: 2, message: "second", fix: "fix it" },
    ]);
    expect(error.message).toBe("a.txt: first\nb.txt: second (line 2): fix it");
  });
});
