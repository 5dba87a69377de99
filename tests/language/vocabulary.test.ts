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

  it("tells the terms the corpus writes only with a capital", () => {
    const vocabulary = vocabularyOf(TEXTS).freezeNow();
    const termOf = (word: string) => analyze(word)[0]?.term as string;
    expect(vocabulary.writtenOnlyCapitalised(termOf("palmyre"))).toBe(true);
    // `Démineurs` opens a sentence once, `démineurs` is written in lower case elsewhere.
    expect(vocabulary.writtenOnlyCapitalised(termOf("démineurs"))).toBe(false);
    expect(vocabulary.writtenOnlyCapitalised(termOf("musée"))).toBe(false);
    expect(vocabulary.writtenOnlyCapitalised(termOf("inconnu"))).toBe(false);
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

/** What a frozen vocabulary answers from, with terms by name (term order differs by history). */
function frozenView(vocabulary: Vocabulary) {
  const terms = [...vocabulary.records()].flat().map(([term]) => term);
  const records = [...vocabulary.wordRecords()].flat();
  const words: unknown[][] = [];
  for (let at = 0; at < records.length; at += 5) {
    const [folded, display, passages, index, sound] = records.slice(at, at + 5);
    words.push([folded, display, passages, terms[index as number], sound]);
  }
  const flat = [...vocabulary.sharedRecords()].flat();
  const shared: string[] = [];
  for (let at = 0; at < flat.length; at += 2 + (flat[at + 1] as number)) {
    const indexes = flat.slice(at + 2, at + 2 + (flat[at + 1] as number)) as number[];
    shared.push(`${flat[at]}: ${indexes.map((index) => terms[index]).join(",")}`);
  }
  const sounds = [...new Set(words.map((word) => word[4]).filter((key) => key !== null))];
  const prefixes = [
    ...new Set(
      words.flatMap(([folded]) => [folded, folded].map((f, n) => String(f).slice(0, n + 1))),
    ),
  ];
  return {
    words,
    shared: shared.sort(),
    sounds: sounds.map((key) => [key, vocabulary.soundingLike(key as string)]),
    completions: prefixes
      .sort()
      .map((prefix) => [prefix, vocabulary.wordsStartingWith(prefix, 50)]),
    top: vocabulary.topWords(50),
  };
}

describe("Vocabulary update", () => {
  // Words with spelling variants: `revendique` is the folded form of two terms' spellings.
  const WORDS = [
    "revendique",
    "revendiqué",
    "Revendique",
    "revendiquée",
    "musée",
    "Musée",
    "musee",
    "démineurs",
    "Démineurs",
    "déminage",
    "moustique",
    "moustik",
    "mines",
    "minaret",
    "Palmyre",
    "palmyre",
    "zèbre",
    "Zèbre",
    "ânes",
    "quartier",
    "quai",
    "kilo",
    "1921",
    "2016",
  ];

  function randomTexts(random: () => number, count: number): string[] {
    return Array.from({ length: count }, () =>
      Array.from(
        { length: 2 + Math.floor(random() * 6) },
        () => WORDS[Math.floor(random() * WORDS.length)],
      ).join(" "),
    );
  }

  it("leaves what a freeze from scratch leaves, through random adds and removes", async () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 40; round++) {
      const texts = randomTexts(random, 1 + Math.floor(random() * 12));
      let current = vocabularyOf(texts).freezeNow();
      let live = [...texts];
      // Two updates in a row: the second derives from a vocabulary an update froze.
      for (let step = 0; step < 2; step++) {
        const next = await current.derive();
        const removed = live.filter(() => random() < 0.4);
        for (const text of removed) next.removePassage(analyze(text));
        const added = randomTexts(random, Math.floor(random() * 4));
        for (const text of added) next.addPassage(analyze(text));
        live = [...live.filter((text) => !removed.includes(text)), ...added];
        await next.freeze();
        expect(frozenView(next), `round ${round}, step ${step}`).toEqual(
          frozenView(vocabularyOf(live).freezeNow()),
        );
        current = next;
      }
    }
  });

  it("keeps what it derives from answering as before", async () => {
    const base = vocabularyOf(TEXTS).freezeNow();
    const before = frozenView(base);
    const next = await base.derive();
    next.addPassage(analyze("Les revendiqué moustiques du musée revendique."));
    next.removePassage(analyze(TEXTS[0] as string));
    await next.freeze();
    expect(frozenView(base)).toEqual(before);
  });

  it("works out a word several terms spell again after a start from a snapshot", async () => {
    const texts = ["Il revendique.", "Ils ont revendiqué.", "Revendiqué ici.", "Le musée."];
    const written = vocabularyOf(texts).freezeNow();
    expect(frozenView(written).shared).toEqual(["revendique: revend,revendiqu"]);
    const read = Vocabulary.fromRecords(written.records(), written.counts);
    for (const records of written.wordRecords()) read.addWordRecords(records);
    for (const records of written.sharedRecords()) read.addSharedRecords(records);
    read.freezeNow();
    const next = await read.derive();
    next.removePassage(analyze("Ils ont revendiqué."));
    next.removePassage(analyze("Revendiqué ici."));
    await next.freeze();
    expect(frozenView(next)).toEqual(
      frozenView(vocabularyOf(["Il revendique.", "Le musée."]).freezeNow()),
    );
  });

  it("refuses a malformed shared-word record", () => {
    const written = vocabularyOf(["Il revendique.", "Ils ont revendiqué."]).freezeNow();
    const read = Vocabulary.fromRecords(written.records(), written.counts);
    expect(() => read.addSharedRecords(["revendique", 2, 0])).toThrow(/malformed/);
    expect(() => read.addSharedRecords(["revendique", 1, 0])).toThrow(/malformed/);
    expect(() => read.addSharedRecords(["revendique", 2, 0, 99])).toThrow(/malformed/);
  });
});
