import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/parse.js";
import {
  CITATION_ALLOWANCE,
  MAX_SUMMARY_CHARACTERS,
  type SummaryResult,
  summarize,
} from "../../src/summary/index.js";
import { corpusOf, loadArticle, paragraphText } from "./fixtures.js";

type Summary = Extract<SummaryResult, { kind: "summary" }>;

function summaryOf(result: SummaryResult): Summary {
  if (result.kind !== "summary") throw new Error(`expected a summary, got ${result.kind}`);
  return result;
}

const DUPLICATE_A = "Le maire de Lyon a annoncé la gratuité des bus";
const DUPLICATE_B = "Dès le 1er septembre, les bus et les tramways seront gratuits";

describe("summarize: sentence choice", () => {
  it("opens the short summary with the news lede", () => {
    const article = loadArticle("incendie-rungis");
    const summary = summaryOf(summarize(corpusOf([article]), { length: "short" }));
    expect(summary.sentences[0]?.text).toMatch(
      /^Un incendie a détruit .* sans faire de victime\.$/,
    );
    expect(summary.sentences[0]?.paragraph).toBe(1);
  });

  it("never keeps both of two near-duplicate sentences, at any length", () => {
    const corpus = corpusOf([loadArticle("gratuite-transports")]);
    for (const length of ["short", "medium", "long"] as const) {
      const texts = summaryOf(summarize(corpus, { length })).sentences.map((s) => s.text);
      const duplicates = texts.filter(
        (text) => text.startsWith(DUPLICATE_A) || text.startsWith(DUPLICATE_B),
      );
      expect(duplicates, length).toHaveLength(1);
    }
  });

  it("keeps one of the near-duplicates even when a topic points at both", () => {
    const corpus = corpusOf([loadArticle("gratuite-transports")]);
    const summary = summaryOf(
      summarize(corpus, { topic: "gratuité des tramways", length: "long" }),
    );
    const duplicates = summary.sentences.filter(
      (s) => s.text.startsWith(DUPLICATE_A) || s.text.startsWith(DUPLICATE_B),
    );
    expect(duplicates).toHaveLength(1);
  });

  it("lists sentences in article order, each citing the paragraph it comes from", () => {
    const article = loadArticle("usine-valmont");
    const summary = summaryOf(summarize(corpusOf([article]), { length: "long" }));
    const positions = summary.sentences.map((s) => [s.paragraph, s.start] as const);
    const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(positions).toEqual(sorted);
    for (const sentence of summary.sentences) {
      expect(paragraphText(article, sentence.paragraph).slice(sentence.start, sentence.end)).toBe(
        sentence.text,
      );
    }
  });

  it("gives the same summary for the same corpus and options, cached or not", () => {
    const options = { length: "medium", topic: "grève" } as const;
    const first = summarize(corpusOf([loadArticle("usine-valmont")]), options);
    const again = summarize(corpusOf([loadArticle("usine-valmont")]), options);
    const cached = summarize(corpusOf([loadArticle("usine-valmont")]), options);
    expect(summaryOf(again).sentences).toEqual(summaryOf(first).sentences);
    expect(summaryOf(cached).sentences).toEqual(summaryOf(first).sentences);
  });
});

describe("summarize: lengths", () => {
  const article = loadArticle("usine-valmont");
  const count = (length: "short" | "medium" | "long") =>
    summaryOf(summarize(corpusOf([article]), { length })).sentences.length;

  it("makes a short summary of two or three sentences, by default", () => {
    const byDefault = summaryOf(summarize(corpusOf([article])));
    expect(byDefault.length).toBe("short");
    expect(byDefault.sentences.length).toBeGreaterThanOrEqual(2);
    expect(byDefault.sentences.length).toBeLessThanOrEqual(3);
  });

  it("makes medium longer than short and long longer than medium", () => {
    expect(count("medium")).toBeGreaterThan(count("short"));
    expect(count("long")).toBeGreaterThan(count("medium"));
  });

  it("never exceeds Discord's 4096-character embed description, citations included", () => {
    // 30 sentences of about 500 characters with no word in common: nothing is redundant, so only
    // the character budget can stop a long summary.
    const sentences = Array.from({ length: 30 }, (_, i) => {
      const words = Array.from({ length: 55 }, (_, j) => `mot${i}x${j}`);
      return `Rapport ${words.join(" ")}.`;
    });
    const body = sentences.map((s, i) => (i % 5 === 4 ? `${s}\n\n` : `${s} `)).join("");
    const parsed = parseArticle(
      `---\nid: long\ntitle: Un long rapport\n---\n\n${body}`,
      "long.txt",
      "long",
    );
    if (!parsed.article) throw new Error("the long fixture is not valid");
    const article = parsed.article;
    const shown = (length: "short" | "medium" | "long") => {
      const summary = summaryOf(summarize(corpusOf([article]), { length }));
      for (const sentence of summary.sentences) expect(sentences).toContain(sentence.text);
      return summary.sentences.reduce((sum, s) => sum + s.text.length + CITATION_ALLOWANCE, 0);
    };
    expect(shown("long")).toBeLessThanOrEqual(MAX_SUMMARY_CHARACTERS);
    expect(shown("long")).toBeGreaterThan(MAX_SUMMARY_CHARACTERS - 600);
    expect(shown("medium")).toBeLessThan(shown("long"));
    expect(shown("short")).toBeLessThan(shown("medium"));
  });
});
