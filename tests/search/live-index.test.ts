import { describe, expect, it } from "vitest";
import { CorpusError } from "../../src/corpus/parse.js";
import type { Corpus } from "../../src/corpus/types.js";
import { diffCorpora, LiveIndex } from "../../src/search/live-index.js";
import { articleOf } from "./index-fixtures.js";

function corpusOf(paragraphs: Record<string, string[]>): Corpus {
  const articles = Object.entries(paragraphs).map(([id, texts]) =>
    articleOf(id, `Article ${id}`, texts),
  );
  return { articles, aliases: [] };
}

const before = corpusOf({ a: ["Les dockers sont en grève.", "Les navires attendent au large."] });
const after = corpusOf({
  a: ["Les dockers sont en grève.", "Les navires sont partis."],
  b: ["Le musée rouvre."],
});

/** A loader that returns the given corpora in turn (the last one again when exhausted). */
function loaderOf(...steps: (Corpus | Error)[]) {
  let calls = 0;
  const load = async () => {
    const step = steps[Math.min(calls, steps.length - 1)];
    calls++;
    if (step instanceof Error) throw step;
    return step as Corpus;
  };
  return { load, calls: () => calls };
}

describe("LiveIndex", () => {
  it("opens with the corpus's figures, every passage counted as added", async () => {
    const { live, report } = await LiveIndex.open({ loadCorpus: loaderOf(before).load });
    expect(report).toMatchObject({
      articles: 1,
      passages: 2,
      diff: { added: ["a#1", "a#2"], removed: [], changed: [] },
    });
    expect(report.terms).toBeGreaterThan(0);
    expect(live.search("grève dockers").results[0]?.passage.id).toBe("a#1");
  });

  it("swaps in the new index and reports the diff", async () => {
    const { live } = await LiveIndex.open({ loadCorpus: loaderOf(before, after).load });
    const outcome = await live.reindex();
    expect(outcome).toMatchObject({
      ok: true,
      report: { articles: 2, passages: 3, diff: { added: ["b#1"], removed: [], changed: ["a#2"] } },
    });
    expect(live.search("musée").results[0]?.passage.id).toBe("b#1");
    expect(live.corpus).toBe(after);
  });

  it("keeps serving the old index and says why when the corpus is invalid", async () => {
    const invalid = new CorpusError([
      { file: "corpus/x.txt", line: 2, message: 'front matter "title" is missing or empty' },
    ]);
    const { live } = await LiveIndex.open({ loadCorpus: loaderOf(before, invalid).load });
    const outcome = await live.reindex();
    expect(outcome).toEqual({
      ok: false,
      error: 'corpus/x.txt: front matter "title" is missing or empty (line 2)',
      problems: invalid.problems,
      serving: live.stats,
    });
    expect(live.search("navires").results[0]?.passage.id).toBe("a#2");
    expect(live.corpus).toBe(before);
  });

  it("keeps serving when loading throws something unexpected", async () => {
    const { live } = await LiveIndex.open({
      loadCorpus: loaderOf(before, new Error("disk on fire")).load,
    });
    const outcome = await live.reindex();
    expect(outcome).toMatchObject({ ok: false, error: "disk on fire", problems: [] });
    expect(live.stats.passages).toBe(2);
  });

  it("gives a reindex requested during a rebuild a fresh rebuild, shared by every later call", async () => {
    const loader = loaderOf(before, after);
    const { live } = await LiveIndex.open({ loadCorpus: loader.load });
    const [first, second, third] = await Promise.all([
      live.reindex(),
      live.reindex(),
      live.reindex(),
    ]);
    expect(loader.calls()).toBe(3);
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    await live.reindex();
    expect(loader.calls()).toBe(4);
  });

  it("answers searches from the old index while a rebuild is under way", async () => {
    let release: (corpus: Corpus) => void = () => {};
    let calls = 0;
    const loadCorpus = () =>
      calls++ === 0
        ? Promise.resolve(before)
        : new Promise<Corpus>((resolve) => (release = resolve));
    const { live } = await LiveIndex.open({ loadCorpus });
    const pending = live.reindex();
    expect(live.search("navires attendent").results[0]?.passage.text).toBe(
      "Les navires attendent au large.",
    );
    release(after);
    await pending;
    expect(live.search("navires").results[0]?.passage.text).toBe("Les navires sont partis.");
  });
});

describe("diffCorpora", () => {
  it("lists added, removed and changed passages by id", async () => {
    expect(await diffCorpora(after, before)).toEqual({
      added: [],
      removed: ["b#1"],
      changed: ["a#2"],
    });
  });

  it("skips the passages of an article both corpora hold alike, and only those", async () => {
    const unchangedA = (article: { id: string }) => article.id === "a";
    expect(await diffCorpora(after, before, undefined, unchangedA)).toEqual({
      added: [],
      removed: ["b#1"],
      changed: [],
    });
    // An article the new corpus no longer holds is removed, whatever `unchanged` says of it.
    expect(await diffCorpora(after, before, undefined, () => true)).toEqual({
      added: [],
      removed: ["b#1"],
      changed: [],
    });
  });
});
