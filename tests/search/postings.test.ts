import { describe, expect, it } from "vitest";
import { buildPassageIndexAsync } from "../../src/search/passage-index.js";
import { PassageSearch, passageSearchOptions, selectNth } from "../../src/search/passage-search.js";
import { CompactPostings, PostingsArena } from "../../src/search/postings.js";
import { fixtureCorpus } from "./index-fixtures.js";

/** A deterministic PRNG (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byNumber = (a: number, b: number) => a - b;

/** A Map's content in short-id order, the order compact postings iterate in. */
const sortedEntries = (map: Map<number, number>) => [...map].sort(([a], [b]) => a - b);

describe("compact postings", () => {
  it("answer like a Map through any sequence of sets and deletes", () => {
    const next = random(7);
    const arena = new PostingsArena();
    const expected = new Map<number, number>([
      [2, 1],
      [5, 3],
      [9, 1],
    ]);
    const postings = CompactPostings.fromMap(arena, expected);
    for (let step = 0; step < 2000; step++) {
      const shortId = Math.floor(next() * 60);
      if (next() < 0.6) {
        const frequency = 1 + Math.floor(next() * 5);
        expected.set(shortId, frequency);
        postings.set(shortId, frequency);
      } else {
        expect(postings.delete(shortId)).toBe(expected.delete(shortId));
      }
      const probe = Math.floor(next() * 60);
      expect(postings.get(probe)).toBe(expected.get(probe));
      expect(postings.has(probe)).toBe(expected.has(probe));
      expect(postings.size).toBe(expected.size);
    }
    expect([...postings]).toEqual(sortedEntries(expected));
    expect([...postings.keys()]).toEqual(sortedEntries(expected).map(([shortId]) => shortId));
  });

  it("iterate on after the key just yielded is deleted, as MiniSearch's clean-up does", () => {
    const postings = CompactPostings.fromMap(
      new PostingsArena(),
      new Map([
        [1, 1],
        [2, 1],
        [3, 2],
        [4, 1],
      ]),
    );
    const seen: number[] = [];
    for (const shortId of postings.keys()) {
      seen.push(shortId);
      if (shortId % 2 === 0) postings.delete(shortId);
    }
    expect(seen).toEqual([1, 2, 3, 4]);
    expect([...postings]).toEqual([
      [1, 1],
      [3, 2],
    ]);
  });

  it("refuse pairs whose short ids do not ascend or whose frequencies are not positive", () => {
    const arena = new PostingsArena();
    expect(() => new CompactPostings(arena, [3, 1, 2, 1])).toThrow(/does not ascend/);
    expect(() => new CompactPostings(arena, [1, 0])).toThrow(/positive integer/);
    expect(() => new CompactPostings(arena, [1, 1.5])).toThrow(/positive integer/);
    expect([...new CompactPostings(arena, [1, 2, 4, 1])]).toEqual([
      [1, 2],
      [4, 1],
    ]);
  });
});

describe("a MiniSearch index with compact postings", () => {
  const documents = [
    { id: 0, text: "arme chimique syri", title: "palmyr" },
    { id: 1, text: "armee syri reprend palmyr palmyr", title: "palmyr" },
    { id: 2, text: "demineur russ mine", title: "mine" },
    { id: 3, text: "mine antipersonnel syri", title: "mine" },
  ];
  const settings = { titleBoost: 0.3, bm25: { k: 1.2, b: 0.7, d: 0.5 } };
  const searchBoth = (a: PassageSearch, b: PassageSearch, query: string) =>
    expect(a.search(query, { prefix: true, fuzzy: 0.2 })).toEqual(
      b.search(query, { prefix: true, fuzzy: 0.2 }),
    );

  /** Each term's postings by field id (a Map of fields iterates in insertion order). */
  const byField = (index: PassageSearch) =>
    [...index.postingsRecords()]
      .flat()
      .map(([term, fields]) => [term, [...fields].sort(([a], [b]) => a - b)]);

  it("searches, adds and removes exactly as one with MiniSearch's own Maps", () => {
    const plain = new PassageSearch(passageSearchOptions(settings));
    const compact = new PassageSearch(passageSearchOptions(settings));
    plain.addAll(documents);
    compact.addAll(documents);
    for (const _ of compact.compactSteps(1));
    expect(compact.textPostings("palmyr")).toBeInstanceOf(CompactPostings);
    expect(compact.textPostings("palmyr")?.get(compact.shortIdOf(1) as number)).toBe(2);
    for (const query of ["palmyr", "mine syri", "arm", "demineurs"])
      searchBoth(plain, compact, query);

    const removed = documents[1] as (typeof documents)[number];
    const added = { id: 4, text: "syri palmyr mine nouvel", title: "syri" };
    for (const index of [plain, compact]) {
      index.remove(removed);
      index.add(added);
    }
    for (const query of ["palmyr", "mine syri", "nouvel", "reprend"])
      searchBoth(plain, compact, query);
    expect(byField(compact)).toEqual(byField(plain));
  });
});

describe("ranked positions read straight from the postings", () => {
  it("are MiniSearch's own search results, in the same order, ties included", async () => {
    const index = await buildPassageIndexAsync(fixtureCorpus());
    const search = index.state.search;
    const terms = [...search.postingsRecords()].flat().map(([term]) => term);
    const next = random(11);
    const pick = () => terms[Math.floor(next() * terms.length)] as string;
    for (let query = 0; query < 200; query++) {
      const chosen = [...new Set(Array.from({ length: 1 + Math.floor(next() * 6) }, pick))];
      const expected = search.search(chosen.join(" ")).map((result) => result.id as number);
      expect(search.rankedPositions(chosen, 1000), chosen.join(" ")).toEqual(expected);
      expect(search.rankedPositions(chosen, 3)).toEqual(expected.slice(0, 3));
      // The same documents in the order first met, ties at the limit kept as the sort keeps them.
      for (const limit of [1, 3, 1000])
        expect(search.bestPositions(chosen, limit).sort(byNumber)).toEqual(
          expected.slice(0, limit).sort(byNumber),
        );
    }
    expect(search.rankedPositions(["absentterm"], 10)).toEqual([]);
  });
});

describe("selecting the n-th smallest score", () => {
  it("gives what a sort gives, ties and repeated values included", () => {
    const next = random(5);
    for (let round = 0; round < 300; round++) {
      const length = 1 + Math.floor(next() * 200);
      // Few distinct values in some rounds, so that ties are common.
      const distinct = round % 3 === 0 ? 4 : 1_000;
      const values = Float64Array.from({ length }, () => Math.floor(next() * distinct) / 7);
      const sorted = [...values].sort((a, b) => a - b);
      const nth = Math.floor(next() * length);
      expect(selectNth(Float64Array.from(values), nth)).toBe(sorted[nth]);
    }
  });
});

describe("a passage's position by short id", () => {
  it("follows additions and removals", () => {
    const settings = { titleBoost: 0.3, bm25: { k: 1.2, b: 0.7, d: 0.5 } };
    const search = new PassageSearch(passageSearchOptions(settings));
    const first = { id: 7, text: "palmyr syri", title: "syri" };
    const second = { id: 3, text: "mine", title: "syri" };
    search.add(first);
    search.add(second);
    const firstId = search.shortIdOf(7) as number;
    expect(search.positionOf(firstId)).toBe(7);
    expect(search.positionOf(search.shortIdOf(3) as number)).toBe(3);
    search.remove(first);
    expect(search.positionOf(firstId)).toBeUndefined();
    expect(search.shortIdOf(7)).toBeUndefined();
    expect(search.shortIdOf(3)).toBeDefined();
    search.add({ ...first, text: "palmyr" });
    expect(search.positionOf(search.shortIdOf(7) as number)).toBe(7);
    expect(search.shortIdOf(7)).not.toBe(firstId);
    search.remove({ ...first, text: "palmyr" });
    expect(search.positionOf(10_000)).toBeUndefined();
    expect(search.rankedPositions(["syri"], 10)).toEqual([3]);
  });
});
