/**
 * `npm run soak [-- --seconds N --in-flight N --large N --margin P]`: the real bot as a child
 * process against the Discord stand-in on 127.0.0.1, `/ask` at 50 in flight for a bounded time,
 * its RSS sampled from /proc every few seconds, then a reindex to a large synthetic corpus and back
 * to the small one. Prints RSS over time and a verdict; exits 0 when RSS plateaus under load (growth
 * from the end of the first third to the end within `--margin` %), 1 otherwise.
 * Not part of `npm test` (it runs for minutes).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startDiscordStandIn } from "../src/sandbox/stand-in.js";
import { alice, interactionsFor, MANAGE_GUILD } from "../src/sandbox/interactions.js";
import { generateSyntheticCorpus } from "./synthetic-corpus.js";
import { formatTable } from "./table.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "180" },
    "in-flight": { type: "string", default: "50" },
    large: { type: "string", default: "10000" },
    margin: { type: "string", default: "10" },
    sample: { type: "string", default: "5" },
  },
});
const seconds = Number(values.seconds);
const inFlight = Number(values["in-flight"]);
const largeParagraphs = Number(values.large);
const marginPercent = Number(values.margin);
const sampleSeconds = Number(values.sample);
/** A hard cap on interactions besides the time bound, so a very fast bot still stops. */
const MAX_INTERACTIONS = 2_000_000;
/** The wait after the reindex back to the small corpus, before the last RSS reading. */
const SETTLE_MS = 15_000;

const FIXTURE_CORPUS = fileURLToPath(new URL("../tests/fixtures/corpus/", import.meta.url));
const BOT = fileURLToPath(new URL("../src/index.ts", import.meta.url));
/** Questions with answers in the fixture corpus, and words recombined so most questions are new. */
const QUESTIONS = ["grève au port de Marseille", "musée de Lyon", "retraites dockers", "navires"];
const WORDS = ["grève", "port", "musée", "Lyon", "réforme", "conteneurs", "quais", "expo", "art"];

function residentMegabytes(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Writes a synthetic corpus next to the small one; resolves to the files written. */
async function writeLargeCorpus(dir: string, paragraphs: number): Promise<string[]> {
  const corpus = generateSyntheticCorpus({ paragraphs });
  const files = corpus.articles.map((article) => path.join(dir, `soak-${article.id}.txt`));
  await Promise.all(
    corpus.articles.map((article, index) =>
      writeFile(
        files[index] as string,
        `---\nid: ${article.id}\ntitle: ${article.title}\nlanguage: fr\n---\n\n${article.passages
          .map((passage) => passage.text)
          .join("\n\n")}\n`,
      ),
    ),
  );
  return files;
}

/** A free TCP port on 127.0.0.1, for the bot's health server (its /metrics gives the heap). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The bot's V8 heap in use, in MB, from its /metrics (prom-client's default metrics). */
async function heapUsedMegabytes(port: number): Promise<number | null> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const match = /^nodejs_heap_size_used_bytes (\d+(?:\.\d+)?)/m.exec(text);
    return match ? Number(match[1]) / 1024 / 1024 : null;
  } catch {
    return null;
  }
}

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const discord = await startDiscordStandIn({ timeoutMs: 300_000 });
  const builders = interactionsFor(discord);
  const corpusDir = await mkdtemp(path.join(tmpdir(), "gazette-soak-"));
  await cp(FIXTURE_CORPUS, corpusDir, { recursive: true });
  const healthPort = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", BOT], {
    env: {
      ...process.env,
      DISCORD_API_URL: discord.restUrl,
      DISCORD_TOKEN: discord.token,
      DISCORD_CLIENT_ID: discord.applicationId,
      CORPUS_DIR: corpusDir,
      COOLDOWN_SECONDS: "0",
      LOG_LEVEL: "warn",
      HEALTH_PORT: String(healthPort),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`the bot exited with ${code}: ${stderr}`))),
  );
  exited.catch(() => undefined);
  const pid = child.pid as number;
  try {
    await Promise.race([discord.waitForReady(), exited]);
    let asked = 0;
    let failed = 0;
    const ask = async () => {
      const n = asked++;
      const question =
        n % 2 === 0
          ? (QUESTIONS[n % QUESTIONS.length] as string)
          : `${WORDS[n % WORDS.length]} ${WORDS[(n * 7) % WORDS.length]} ${n % 500}`;
      const member = { ...alice, id: String(300_000_000_000_000_000n + BigInt(n)) };
      const { id } = discord.dispatchInteraction(builders.chatInput("ask", { question }, member));
      try {
        await Promise.race([discord.waitForCallback(id), exited]);
      } catch {
        failed++;
      }
    };
    await ask();
    const samples: { at: number; rss: number; asked: number }[] = [];
    const started = performance.now();
    const sample = () => {
      const rss = residentMegabytes(pid);
      if (rss !== null) samples.push({ at: (performance.now() - started) / 1000, rss, asked });
    };
    sample();
    const timer = setInterval(sample, sampleSeconds * 1000);
    const deadline = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (performance.now() < deadline && asked < MAX_INTERACTIONS) await ask();
      }),
    );
    clearInterval(timer);
    sample();
    const heapAtEnd = await heapUsedMegabytes(healthPort);
    log(
      formatTable(
        ["t (s)", "RSS (MB)", "interactions"],
        samples.map((s) => [s.at.toFixed(0), s.rss.toFixed(1), String(s.asked)]),
      ),
    );
    const start = samples[0] as (typeof samples)[number];
    const warm = samples.find((s) => s.at >= seconds / 3) ?? start;
    const end = samples.at(-1) as (typeof samples)[number];
    const growth = ((end.rss - warm.rss) / warm.rss) * 100;
    const plateau = growth <= marginPercent;
    log(
      `load: ${asked} /ask in ${seconds} s at ${inFlight} in flight (${(asked / seconds).toFixed(0)}/s), ${failed} unanswered`,
    );
    log(
      `RSS: start ${start.rss.toFixed(1)} MB, after warm-up (t=${warm.at.toFixed(0)} s) ${warm.rss.toFixed(1)} MB, end ${end.rss.toFixed(1)} MB (heap in use ${heapAtEnd?.toFixed(1)} MB): ${growth >= 0 ? "+" : ""}${growth.toFixed(1)} % after warm-up (margin ${marginPercent} %)`,
    );

    const admin = { ...alice, permissions: MANAGE_GUILD };
    const reindex = async (label: string) => {
      const t0 = performance.now();
      const { id } = discord.dispatchInteraction(builders.chatInput("reindex", {}, admin));
      const { message } = await Promise.race([discord.waitForReply(id), exited]);
      const text = (
        message.content ||
        message.embeds?.[0]?.description ||
        message.embeds?.[0]?.title ||
        ""
      ).split("\n")[0];
      log(
        `reindex ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s, RSS ${residentMegabytes(pid)?.toFixed(1)} MB, heap ${(await heapUsedMegabytes(healthPort))?.toFixed(1)} MB: ${text}`,
      );
    };
    const largeFiles = await writeLargeCorpus(corpusDir, largeParagraphs);
    await reindex(`to ${largeParagraphs} paragraphs`);
    await Promise.all(largeFiles.map((file) => rm(file, { force: true })));
    await reindex("back to the small corpus");
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const settled = residentMegabytes(pid) ?? Number.NaN;
    const released = settled <= end.rss * (1 + marginPercent / 100) + 50;
    log(
      `RSS ${SETTLE_MS / 1000} s idle after the reindex back: ${settled.toFixed(1)} MB, heap ${(await heapUsedMegabytes(healthPort))?.toFixed(1)} MB (end of load ${end.rss.toFixed(1)} MB; allowed ${marginPercent} % + 50 MB)`,
    );
    log(
      `verdict: ${plateau ? "plateaus" : "GROWS"} under load; ${released ? "memory returns" : "memory NOT returned"} after the large reindex`,
    );
    // The exit code judges the plateau under load; the reindex figures are reported alongside
    // (RSS after a large rebuild depends on the allocator giving pages back, not only on Gazette).
    return plateau ? 0 : 1;
  } finally {
    child.kill("SIGTERM");
    await discord.close().catch(() => undefined);
    await rm(corpusDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`soak: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
