import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatProblem } from "../src/corpus/parse.js";
import { Library, type LibraryReindexOutcome } from "../src/library.js";
import { type LogEntry, recordingLogger } from "./discord/e2e/start-gazette.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "gazette-library-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = (name: string, content: string) => writeFile(path.join(dir, name), content);
const article = (title: string, text: string) => `---\ntitle: ${title}\n---\n\n${text}\n`;
const BROKEN = "---\ntitle: Cassé\ndate: hier\n---\n\nTexte.\n";
const warnings = (entries: LogEntry[]) =>
  entries.filter((entry) => entry.level === "warn").map((entry) => entry.message);

describe("Library", () => {
  it("serves every valid article and leaves the invalid ones out with a warning", async () => {
    await write("port.txt", article("Port", "Les dockers sont en grève au port."));
    await write("broken.txt", BROKEN);
    const logs = recordingLogger();
    const { library, report } = await Library.open({ corpusDir: dir, logger: logs });
    expect([report.articles, library.generation, library.leftOut.length]).toEqual([1, 1, 1]);
    expect(library.live.search("grève des dockers").results[0]?.passage.articleId).toBe("port");
    expect(warnings(logs.entries)).toEqual([
      `left out of the index: ${path.join(dir, "broken.txt")}: front matter "date" is not a date (line 3): write it as YYYY-MM-DD or leave it empty`,
    ]);
  });

  it("opens empty when no article is valid, saying so, and fills on a later reindex", async () => {
    await write("broken.txt", BROKEN);
    const logs = recordingLogger();
    const seen: LibraryReindexOutcome[] = [];
    const { library } = await Library.open({
      corpusDir: dir,
      logger: logs,
      onReindex: (outcome) => seen.push(outcome),
    });
    expect(library.live.stats.articles).toBe(0);
    const error = logs.entries.find((entry) => entry.level === "error");
    expect(error?.message).toMatch(/^no valid article in the corpus: Gazette starts anyway/);

    await write("port.txt", article("Port", "Les dockers sont en grève au port."));
    const outcome = await library.reindex();
    expect(outcome.ok).toBe(true);
    expect(outcome.leftOut.map(formatProblem)).toEqual([
      `${path.join(dir, "broken.txt")}: front matter "date" is not a date (line 3): write it as YYYY-MM-DD or leave it empty`,
    ]);
    expect([library.generation, library.live.stats.articles]).toEqual([2, 1]);
    expect(seen.map((event) => event.ok)).toEqual([true]);
  });

  it("keeps the previous index when a reindex finds no valid article", async () => {
    await write("port.txt", article("Port", "Les dockers sont en grève au port."));
    const { library } = await Library.open({ corpusDir: dir });
    await rm(path.join(dir, "port.txt"));
    await write("broken.txt", BROKEN);
    const outcome = await library.reindex();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((problem) => problem.file)).toEqual([path.join(dir, "broken.txt")]);
    expect(outcome.serving.articles).toBe(1);
    expect([library.generation, library.leftOut]).toEqual([1, []]);
    expect(library.live.search("grève des dockers").results).not.toHaveLength(0);
  });

  it("gives a reindex requested during a rebuild the next rebuild, shared by later requests", async () => {
    await write("port.txt", article("Port", "Les dockers sont en grève au port."));
    const { library } = await Library.open({ corpusDir: dir });
    const first = library.reindex();
    await write("musee.txt", article("Musée", "Le musée rouvre."));
    const [second, third] = [library.reindex(), library.reindex()];
    expect(second).toBe(third);
    const outcomes = await Promise.all([first, second]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true]);
    expect(outcomes[1]?.ok && outcomes[1].report.articles).toBe(2);
    expect(library.generation).toBe(3);
  });

  describe("adoptLatest", { timeout: 60_000 }, () => {
    let dataDir: string;
    beforeEach(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), "gazette-library-data-"));
    });
    afterEach(async () => {
      await rm(dataDir, { recursive: true, force: true });
    });

    /** Two processes' libraries (e.g. two shards) on one corpus and one data directory. */
    async function twoLibraries() {
      await write("port.txt", article("Port", "Les dockers sont en grève au port."));
      const analyzed: string[] = [];
      const open = () =>
        Library.open({
          corpusDir: dir,
          dataDir,
          rebuild: { onAnalyze: (analyzedArticle) => analyzed.push(analyzedArticle.id) },
        });
      const { library: first } = await open();
      await first.flushed();
      const { library: second } = await open();
      analyzed.length = 0;
      return { first, second, analyzed };
    }

    it("serves the snapshot another library wrote for the corpus as it is, analyzing nothing", async () => {
      const { first, second, analyzed } = await twoLibraries();
      await write("musee.txt", article("Musée", "Le musée des Beaux-Arts rouvre samedi."));
      expect((await first.reindex()).ok).toBe(true);
      await first.flushed();
      analyzed.length = 0;

      const outcome = await second.adoptLatest();
      expect(outcome).toMatchObject({
        ok: true,
        report: {
          source: "snapshot",
          analyzedArticles: 0,
          articles: 2,
          diff: { added: ["musee#1"] },
        },
      });
      expect(analyzed).toEqual([]);
      expect([second.generation, second.live.search("musée").results[0]?.passage.id]).toEqual([
        2,
        "musee#1",
      ]);
    });

    it("reindexes what changed when no snapshot matches the corpus", async () => {
      const { second, analyzed } = await twoLibraries();
      await write("musee.txt", article("Musée", "Le musée des Beaux-Arts rouvre samedi."));
      const outcome = await second.adoptLatest();
      expect(outcome).toMatchObject({
        ok: true,
        report: { source: "incremental", analyzedArticles: 1, articles: 2 },
      });
      expect(analyzed).toEqual(["musee"]);
    });
  });
});
