import { describe, expect, it } from "vitest";
import { englishToFrench } from "../../src/search/lexicon/en-fr.js";
import { frenchSynonymGroups } from "../../src/search/lexicon/fr-synonyms.js";

// English words that carry no topic: they must never be translation keys.
const ENGLISH_STOPWORDS = [
  "a",
  "an",
  "the",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "do",
  "does",
  "did",
  "has",
  "have",
  "had",
  "what",
  "which",
  "who",
  "whom",
  "whose",
  "how",
  "why",
  "where",
  "when",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "and",
  "or",
  "it",
  "this",
  "that",
  "there",
];

// Words too general to be synonyms of anything: a group holding one would flood a search.
const FRENCH_FLOOD_WORDS = ["faire", "avoir", "être", "chose", "truc"];

/** Letters (any script, with accents), optionally joined by single hyphens or apostrophes. */
const FRENCH_WORD = /^\p{L}+(?:['’-]\p{L}+)*$|^\p{L}+\d+$/u;
const ENGLISH_KEY = /^[a-z]+$/;

const englishEntries = Object.entries(englishToFrench);

function problemsOfWord(word: string): string[] {
  const problems: string[] = [];
  if (word.length === 0) problems.push("empty");
  if (word !== word.trim()) problems.push("leading or trailing space");
  if (/\s/u.test(word)) problems.push("contains a space");
  if (word !== word.normalize("NFC")) problems.push("not NFC");
  if (word.length > 0 && !FRENCH_WORD.test(word)) problems.push("not a single word");
  return problems;
}

describe("englishToFrench", () => {
  it("has a broad set of entries", () => {
    expect(englishEntries.length).toBeGreaterThanOrEqual(700);
  });

  it("uses lower-case single-word English keys", () => {
    const bad = englishEntries.map(([key]) => key).filter((key) => !ENGLISH_KEY.test(key));
    expect(bad).toEqual([]);
  });

  it("has no English stopword as a key", () => {
    const bad = ENGLISH_STOPWORDS.filter((word) => Object.hasOwn(englishToFrench, word));
    expect(bad).toEqual([]);
  });

  it("gives every key between one and four translations", () => {
    const bad = englishEntries
      .filter(([, french]) => french.length < 1 || french.length > 4)
      .map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it("gives only well-formed single French words", () => {
    const bad = englishEntries.flatMap(([key, french]) =>
      french.flatMap((word) =>
        problemsOfWord(word).map((problem) => `${key} → "${word}": ${problem}`),
      ),
    );
    expect(bad).toEqual([]);
  });

  it("writes translations in lower case", () => {
    const bad = englishEntries.flatMap(([key, french]) =>
      french.filter((word) => word !== word.toLowerCase()).map((word) => `${key} → ${word}`),
    );
    expect(bad).toEqual([]);
  });

  it("repeats no translation within an entry", () => {
    const bad = englishEntries
      .filter(([, french]) => new Set(french).size !== french.length)
      .map(([key]) => key);
    expect(bad).toEqual([]);
  });
});

describe("frenchSynonymGroups", () => {
  it("has a broad set of groups", () => {
    expect(frenchSynonymGroups.length).toBeGreaterThanOrEqual(250);
  });

  it("holds between two and eight words per group", () => {
    const bad = frenchSynonymGroups.filter((group) => group.length < 2 || group.length > 8);
    expect(bad).toEqual([]);
  });

  it("holds only well-formed single lower-case words", () => {
    const bad = frenchSynonymGroups.flatMap((group) =>
      group.flatMap((word) => [
        ...problemsOfWord(word).map((problem) => `"${word}": ${problem}`),
        ...(word === word.toLowerCase() ? [] : [`"${word}": not lower case`]),
      ]),
    );
    expect(bad).toEqual([]);
  });

  it("repeats no word within a group", () => {
    const bad = frenchSynonymGroups.filter((group) => new Set(group).size !== group.length);
    expect(bad).toEqual([]);
  });

  it("has no two groups with the same words", () => {
    const seen = new Map<string, number>();
    const duplicates: string[] = [];
    frenchSynonymGroups.forEach((group, index) => {
      const signature = [...new Set(group)].sort().join("|");
      const previous = seen.get(signature);
      if (previous !== undefined) duplicates.push(`#${previous} and #${index}: ${signature}`);
      else seen.set(signature, index);
    });
    expect(duplicates).toEqual([]);
  });

  it("has no group contained in another one", () => {
    const sets = frenchSynonymGroups.map((group) => new Set(group));
    const contained: string[] = [];
    sets.forEach((small, i) => {
      sets.forEach((large, j) => {
        if (i === j || small.size >= large.size) return;
        if ([...small].every((word) => large.has(word))) {
          contained.push(`${[...small].join(",")} ⊂ ${[...large].join(",")}`);
        }
      });
    });
    expect(contained).toEqual([]);
  });

  it("contains no word so general it would flood a search", () => {
    const bad = frenchSynonymGroups.flatMap((group) =>
      group.filter((word) => FRENCH_FLOOD_WORDS.includes(word)),
    );
    expect(bad).toEqual([]);
  });
});

describe("the well-formedness checks", () => {
  it("reject malformed words", () => {
    expect(problemsOfWord("")).toContain("empty");
    expect(problemsOfWord("otage ")).toContain("leading or trailing space");
    expect(problemsOfWord("coup de feu")).toContain("contains a space");
    expect(problemsOfWord("arme,")).toContain("not a single word");
    expect(problemsOfWord("e\u0301te\u0301")).toContain("not NFC");
  });

  it("accept accented, hyphenated and elided words", () => {
    expect(problemsOfWord("contre-offensive")).toEqual([]);
    expect(problemsOfWord("aujourd'hui")).toEqual([]);
    expect(problemsOfWord("sœur")).toEqual([]);
    expect(problemsOfWord("co2")).toEqual([]);
  });
});
