import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  OUTPUT_URL,
  buildWordForms,
  formatWordForms,
  parseMlex,
  readLefff,
} from "../../scripts/build-word-forms.js";
import { analyze, termOf } from "../../src/language/analyze.js";
import { wordFormTermOf } from "../../src/language/word-forms.js";

describe("wordFormTermOf", () => {
  it("joins feminine forms of adjectives to their masculine", () => {
    for (const [form, lemma] of [
      ["publique", "public"],
      ["publiques", "public"],
      ["longue", "long"],
      ["blanche", "blanc"],
      ["etrangere", "étranger"],
    ] as const) {
      expect(wordFormTermOf(form), form).toBe(termOf(lemma));
    }
  });

  it("joins feminine nouns and irregular plurals to their lemma", () => {
    expect(wordFormTermOf("actrices")).toBe(termOf("acteur"));
    expect(wordFormTermOf("directrice")).toBe(termOf("directeur"));
    expect(wordFormTermOf("yeux")).toBe(termOf("œil"));
  });

  it("leaves out forms with another reading: a verb form, another word's form", () => {
    for (const word of ["seche", "active", "fausse", "faux", "palmyre", "armee"]) {
      expect(wordFormTermOf(word), word).toBeUndefined();
    }
  });

  it("makes a question and a paragraph meet across genders", () => {
    const terms = (text: string) => analyze(text).map((token) => token.term);
    expect(terms("la dette publique")).toEqual(terms("une dette public"));
  });
});

describe("buildWordForms", () => {
  const mlex = [
    "publique\tadj\tpublic\tfs",
    "longue\tadj\tlong\tfs",
    "longue\tnc\tlongue\tfs",
    "sèche\tadj\tsec\tfs",
    "sèche\tv\tsécher\tP3s",
    "douce\tadj\tdoux\tfs",
    "douce\tnc\tdouceur\tfs",
    "grands\tadj\tgrand\tmp",
  ].join("\n");

  it("keeps the forms Snowball splits from their lemma and drops those with another reading", () => {
    const table = buildWordForms(parseMlex(mlex));
    expect(table.forms).toEqual({ publique: termOf("public"), longue: termOf("long") });
    expect(table.dropped).toMatchObject({ ambiguous: 2 });
  });
});

describe("word-forms.json", () => {
  it("is what scripts/build-word-forms.ts builds now", () => {
    const committed = readFileSync(OUTPUT_URL, "utf8");
    const table = buildWordForms(readLefff());
    expect(JSON.parse(committed), "run npx tsx scripts/build-word-forms.ts").toEqual(table.forms);
    expect(committed).toBe(formatWordForms(table));
  });
});
