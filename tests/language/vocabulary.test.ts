import SearchableMap from "minisearch/SearchableMap";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/language/analyze.js";
import { Vocabulary } from "../../src/language/vocabulary.js";

const TEXTS = [
  "Les démineurs russes sont arrivés à Palmyre pour le déminage ; deux démineurs sont restés.",
  "Le déminage de la cité antique a duré des semaines.",
  "Les Démineurs ont trouvé des mines près du musée.",
  "Le musée de Palmyre a été pillé pendant la guerre.",
];

function vocabularyOf(texts: readonly string[]): Vocabulary {
  const vocabulary = new Vocabulary();
  for (const text of texts) vocabulary.addPassage(analyze(text));
  return vocabulary;
}

describe("Vocabulary", () => {
  it("answers typo and prefix look-ups alike through a shared term tree", async () => {
    const own = vocabularyOf(TEXTS).freezeNow();
    const shared = vocabularyOf(TEXTS);
    // The search index's tree also holds terms of other fields (titles), which are not words here.
    const tree = new SearchableMap<true>();
    for (const text of [...TEXTS, "Mines antiques et minarets"])
      for (const { term } of analyze(text)) tree.set(term, true);
    await shared.freeze(undefined, tree);
    for (const term of ["demineur", "demin", "muse", "palmyr", "min", "guer", "antiqu"]) {
      expect(shared.fuzzy(term, 2)).toEqual(own.fuzzy(term, 2));
      expect(shared.withPrefix(term, 8)).toEqual(own.withPrefix(term, 8));
    }
    expect(shared.withPrefix("min", 8)).not.toContain("minaret");
    expect(shared.fuzzy("demineurs", 2).length).toBeGreaterThan(0);
  });

  it("shows the most frequent spelling and forgets a spelling no passage holds any more", () => {
    const vocabulary = vocabularyOf(TEXTS);
    const [term] = analyze("démineurs").map((token) => token.term);
    expect(vocabulary.freezeNow().displayOf(term as string)).toBe("démineurs");
    const copy = vocabularyOf(TEXTS);
    copy.removePassage(analyze(TEXTS[0] as string));
    expect(copy.freezeNow().displayOf(term as string)).toBe("Démineurs");
    expect(copy.documentFrequency(term as string)).toBe(1);
  });

  it("completes a word with its index term", () => {
    const vocabulary = vocabularyOf(TEXTS).freezeNow();
    const [word] = vocabulary.wordsStartingWith("démineu", 5);
    expect(word?.display).toBe("démineurs");
    expect(word?.term).toBe(analyze("démineurs")[0]?.term);
  });

  it("reads back its frozen words from records and answers as the vocabulary written", async () => {
    const written = vocabularyOf(TEXTS).freezeNow();
    const read = Vocabulary.fromRecords(written.records(2), written.counts);
    for (const records of written.wordRecords(2)) read.addWordRecords(records);
    read.freezeNow();
    for (const prefix of ["d", "de", "dém", "mus", "pal"])
      expect(read.wordsStartingWith(prefix, 10)).toEqual(written.wordsStartingWith(prefix, 10));
    expect(read.topWords(10)).toEqual(written.topWords(10));
    expect(read.soundingLike("DEMINER")).toEqual(written.soundingLike("DEMINER"));
    expect([...read.wordRecords()]).toEqual([...written.wordRecords()]);
  });

  it("refuses word records out of their bucket order or of the wrong shape", () => {
    const written = vocabularyOf(TEXTS).freezeNow();
    const records = [...written.wordRecords()].flat();
    const words = [];
    for (let at = 0; at < records.length; at += 5) words.push(records.slice(at, at + 5));
    const reversed = Vocabulary.fromRecords(written.records(), written.counts);
    reversed.addWordRecords(words.reverse().flat());
    expect(() => reversed.freezeNow()).toThrow(/out of order/);
    expect(() => new Vocabulary().addWordRecords(records.slice(0, 4))).toThrow(/incomplete/);
    // A word whose term index no term record holds.
    expect(() => new Vocabulary().addWordRecords(records.slice(0, 5))).toThrow(/malformed/);
    expect(() => new Vocabulary().addWordRecords(["musee", "musée", "1", "muse", null])).toThrow(
      /malformed/,
    );
  });

  it("keeps the phonetic keys of the words it derives from, and finds new words' own", async () => {
    const base = vocabularyOf(TEXTS).freezeNow();
    const derived = await base.derive();
    derived.addPassage(analyze("Les moustiques du musée."));
    await derived.freeze();
    const fresh = vocabularyOf([...TEXTS, "Les moustiques du musée."]).freezeNow();
    expect([...derived.wordRecords()]).toEqual([...fresh.wordRecords()]);
    expect(derived.soundingLike("MOUSTIK").length).toBe(1);
  });
});
