/**
 * Gazette as it runs in production: the compiled `npm start` as a real process tree (npm → node),
 * against the Discord stand-in on 127.0.0.1, with fixture corpora in temp directories.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_TOKEN,
  type DiscordStandIn,
  startDiscordStandIn,
  type RecordedRequest,
} from "../src/sandbox/stand-in.js";
import { alice, interactionsFor, type Member } from "../src/sandbox/interactions.js";
import {
  commandLineOf,
  isAlive,
  listeningPortsOf,
  type LogLine,
  type NpmStart,
  npmStart,
  ROOT,
} from "./support/npm-start.js";

const GOOD_ARTICLE = fileURLToPath(new URL("./fixtures/corpus/greve-port.txt", import.meta.url));
/** Broken on line 3: the date is not a date. */
const BROKEN_ARTICLE = "---\ntitle: Article cassé\ndate: hier soir\n---\n\nUn paragraphe.\n";
const TOKEN_REFUSED_LINE =
  "the token was refused by Discord: reset it under Bot → Reset Token (https://discord.com/developers/applications), then put the new one in DISCORD_TOKEN";
const operator: Member = { id: "300000000000000009", username: "operator", locale: "en-GB" };

let discord: DiscordStandIn | null = null;
let run: NpmStart | null = null;
const corpora: string[] = [];

beforeAll(async () => {
  // The build `npm start` runs first (prestart), once for the file; the runs below skip it.
  await promisify(execFile)("npm", ["run", "build"], { cwd: ROOT });
}, 120_000);

afterEach(async () => {
  for (const pid of [run?.child.pid, ...(run?.descendants ?? [])]) {
    if (pid && isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  run = null;
  await discord?.close();
  discord = null;
});

afterAll(async () => {
  for (const dir of corpora) await rm(dir, { recursive: true, force: true });
});

async function corpus(files: Record<string, string | { copyOf: string }>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "gazette-prod-corpus-"));
  corpora.push(dir);
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === "string") await writeFile(path.join(dir, name), content);
    else await copyFile(content.copyOf, path.join(dir, name));
  }
  return dir;
}

async function start(
  env: Record<string, string>,
  options: { build?: boolean; standInToken?: string } = {},
) {
  discord = await startDiscordStandIn({
    timeoutMs: 20_000,
    ...(options.standInToken ? { token: options.standInToken } : {}),
  });
  run = npmStart(
    {
      DISCORD_TOKEN: discord.token,
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_API_URL: discord.restUrl,
      CORPUS_DIR: await corpus({ "greve-port.txt": { copyOf: GOOD_ARTICLE } }),
      COOLDOWN_SECONDS: "0",
      ...env,
    },
    options,
  );
  return { discord, run, payloads: interactionsFor(discord) };
}

const isMessage = (message: string) => (line: LogLine) => line.msg === message;

/**
 * The process npm runs, once it is there: node on the compiled entry point. `timeoutMs` for a
 * start that builds first (tsc alone takes over 30 s on a loaded machine).
 */
async function botProcess(npm: NpmStart, timeoutMs?: number): Promise<number> {
  await npm.waitForLog(isMessage("ready"), timeoutMs);
  const [bot] = [...npm.descendants].filter((pid) => isAlive(pid));
  expect(bot).toBeDefined();
  return bot as number;
}

async function healthOf(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The container's HEALTHCHECK command, run as Docker would; resolves to its exit code. */
async function healthcheck(port: number): Promise<number> {
  try {
    await promisify(execFile)("node", ["scripts/healthcheck.js"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HEALTH_PORT: String(port) },
    });
    return 0;
  } catch (error) {
    return (error as { code?: number }).code ?? -1;
  }
}

async function metricValue(port: number, series: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const row = text.split("\n").find((line) => line.startsWith(`${series} `));
  return row ? Number(row.split(" ").at(-1)) : 0;
}

describe("npm run build", () => {
  it("compiles code that imports only production dependencies (what `npm ci --omit=dev` keeps)", async () => {
    const manifest = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    const imported = new Set<string>();
    const dist = path.join(ROOT, "dist");
    for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
      const code = await readFile(path.join(entry.parentPath, entry.name), "utf8");
      for (const [, specifier] of code.matchAll(/(?:from|import\()\s*"([^"./][^"]*)"/g)) {
        if (!specifier?.startsWith("node:")) imported.add(packageOf(String(specifier)));
      }
    }
    expect(imported.size).toBeGreaterThan(3);
    expect([...imported].filter((name) => !(name in manifest.dependencies))).toEqual([]);
    for (const data of ["src/language/verb-forms.json", "src/language/data/lexicon.txt"]) {
      const copied = await readFile(path.join(dist, data), "utf8");
      expect(copied === (await readFile(path.join(ROOT, data), "utf8")), data).toBe(true);
    }
  });
});

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

describe("npm start (compiled)", () => {
  it("builds first (prestart), runs node on dist/ directly under npm, and logs ISO times", async () => {
    const { run } = await start({}, { build: true });
    // The build alone took 36 s on this 2-core machine under the load of five engineers.
    const bot = await botProcess(run, 80_000);
    expect(run.output()).toContain("build: dist/ compiled");
    expect(commandLineOf(bot)).toBe("node --enable-source-maps dist/src/index.js");
    // npm's only child is node itself: no shell in between to swallow a signal.
    expect([...run.descendants].filter(isAlive)).toEqual([bot]);
    for (const line of run.logs())
      expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const built = run.logs().find(isMessage("index built"));
    expect(Number.isInteger(built?.durationMs)).toBe(true);
    run.child.kill("SIGTERM");
    expect((await run.exited).code).toBe(0);
  }, 90_000);

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`${signal} to npm delivers the reply in flight, exits 0 within 10 s and leaves no process`, async () => {
      const { discord, run, payloads } = await start({});
      const bot = await botProcess(run);
      // The reply is held in flight: Discord answers its first attempt 429, retry after 1.5 s.
      discord.rateLimitNext({ method: "POST", path: /\/callback$/ }, 1.5);
      const { id } = discord.dispatchInteraction(
        payloads.chatInput("ask", { question: "grève des dockers" }, alice),
      );
      await discord.waitForRequest((r: RecordedRequest) => r.status === 429 && r.path.includes(id));
      const signalled = performance.now();
      run.child.kill(signal);

      const exit = await run.exited;
      expect(exit).toMatchObject({ code: 0, signal: null });
      expect(exit.at - signalled).toBeLessThan(10_000);
      const { message } = await discord.waitForReply(id);
      expect(message.content).toContain("grève des dockers");
      expect(isAlive(bot)).toBe(false);
      expect([...run.descendants].filter(isAlive)).toEqual([]);

      const messages = run.logs().map((line) => line.msg);
      const stopping = messages.indexOf(
        "shutting down: no new interactions, finishing those in flight",
      );
      expect(stopping).toBeGreaterThan(-1);
      expect(run.logs()[stopping]).toMatchObject({ signal, inFlight: 1 });
      expect(messages.at(-1)).toBe("disconnected; bye");
      expect(messages.slice(stopping)).not.toContain("gateway reconnecting");
      expect(messages.slice(stopping)).not.toContain("gateway disconnected");
    }, 60_000);
  }

  it("answers an interaction arriving during the drain, and a second signal does not end the drain", async () => {
    const { discord, run, payloads } = await start({});
    const bot = await botProcess(run);
    discord.rateLimitNext({ method: "POST", path: /\/callback$/ }, 1.5);
    const { id } = discord.dispatchInteraction(
      payloads.chatInput("ask", { question: "grève des dockers" }, alice),
    );
    await discord.waitForRequest((r: RecordedRequest) => r.status === 429 && r.path.includes(id));
    process.kill(bot, "SIGTERM");
    await run.waitForLog(
      isMessage("shutting down: no new interactions, finishing those in flight"),
    );
    process.kill(bot, "SIGTERM");
    const late = discord.dispatchInteraction(
      payloads.chatInput("ask", { question: "musée" }, alice),
    );

    expect(await run.exited).toMatchObject({ code: 0, signal: null });
    expect((await discord.waitForReply(id)).message.content).toContain("grève des dockers");
    const { message, ephemeral } = await discord.waitForReply(late.id);
    expect([message.content, ephemeral]).toEqual([
      "Gazette is restarting, ask again in a few seconds.",
      true,
    ]);
    const messages = run.logs().map((line) => line.msg);
    expect(messages).toContain("already shutting down; a third signal exits at once");
    expect(messages.at(-1)).toBe("disconnected; bye");
  }, 60_000);

  it("exits at once and non-zero on a third signal", async () => {
    const { discord, run, payloads } = await start({});
    const bot = await botProcess(run);
    discord.rateLimitNext({ method: "POST", path: /\/callback$/ }, 8);
    const { id } = discord.dispatchInteraction(
      payloads.chatInput("ask", { question: "grève des dockers" }, alice),
    );
    await discord.waitForRequest((r: RecordedRequest) => r.status === 429 && r.path.includes(id));
    const signalled = performance.now();
    for (let n = 0; n < 3; n++) {
      process.kill(bot, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const exit = await run.exited;
    expect(exit.code).toBe(1);
    expect(exit.at - signalled).toBeLessThan(5_000);
    expect(run.logs().find(isMessage("exiting at once"))).toMatchObject({ level: 50 });
  }, 60_000);

  it("exits non-zero when the replies in flight outlast the 10 s grace", async () => {
    const { discord, run, payloads } = await start({});
    await botProcess(run);
    discord.rateLimitNext({ method: "POST", path: /\/callback$/ }, 20);
    const { id } = discord.dispatchInteraction(
      payloads.chatInput("ask", { question: "grève des dockers" }, alice),
    );
    await discord.waitForRequest((r: RecordedRequest) => r.status === 429 && r.path.includes(id));
    const signalled = performance.now();
    run.child.kill("SIGTERM");
    const exit = await run.exited;
    expect(exit.code).toBe(1);
    expect(exit.at - signalled).toBeGreaterThanOrEqual(9_900);
    expect(exit.at - signalled).toBeLessThan(14_000);
    const forced = run
      .logs()
      .find(isMessage("interactions still in flight after the grace period; exiting anyway"));
    expect(forced).toMatchObject({ level: 50, inFlight: 1 });
  }, 60_000);

  it("exits on SIGTERM even when the reader of its standard output has gone (EPIPE)", async () => {
    const { discord, run, payloads } = await start({ LOG_LEVEL: "debug" });
    const bot = await botProcess(run);
    discord.rateLimitNext({ method: "POST", path: /\/callback$/ }, 1);
    const { id } = discord.dispatchInteraction(
      payloads.chatInput("ask", { question: "grève des dockers" }, alice),
    );
    await discord.waitForRequest((r: RecordedRequest) => r.status === 429 && r.path.includes(id));
    run.child.stdout?.destroy();
    run.child.stderr?.destroy();
    const signalled = performance.now();
    process.kill(bot, "SIGTERM");
    const exit = await run.exited;
    expect(exit.at - signalled).toBeLessThan(10_000);
    expect(isAlive(bot)).toBe(false);
    expect((await discord.waitForReply(id)).message.content).toContain("grève des dockers");
  }, 60_000);

  it("opens no port without HEALTH_PORT", async () => {
    const { run } = await start({});
    const bot = await botProcess(run);
    expect(listeningPortsOf(bot)).toEqual([]);
    expect(run.output()).not.toContain("health server listening");
    run.child.kill("SIGTERM");
    expect((await run.exited).code).toBe(0);
  }, 60_000);

  it("answers /healthz 503 until ready, then 200 with the gateway and the index", async () => {
    discord = await startDiscordStandIn({ timeoutMs: 20_000 });
    // Holding the first /gateway/bot for 3 s keeps the bot starting long enough to look at it.
    discord.rateLimitNext({ method: "GET", path: /^\/gateway\/bot$/ }, 3);
    const stand = discord;
    run = npmStart({
      DISCORD_TOKEN: stand.token,
      DISCORD_CLIENT_ID: stand.applicationId,
      DISCORD_API_URL: stand.restUrl,
      CORPUS_DIR: await corpus({ "greve-port.txt": { copyOf: GOOD_ARTICLE } }),
      HEALTH_PORT: "0",
    });
    const listening = await run.waitForLog(isMessage("health server listening"));
    expect(listening).toMatchObject({ host: "127.0.0.1" });
    const port = Number(listening.port);
    const early = await healthOf(port);
    expect(early.status).toBe(503);
    expect(early.body.status).toBe("starting");
    expect(await healthcheck(port)).toBe(1);

    const bot = await botProcess(run);
    expect(listeningPortsOf(bot)).toEqual([port]);
    const ready = await healthOf(port);
    expect(ready).toEqual({
      status: 200,
      body: {
        status: "ok",
        gateway: { connected: true, pingMs: null },
        index: { generation: 1, articles: 1, passages: 3, leftOut: 0 },
      },
    });
    expect(await healthcheck(port)).toBe(0);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
    run.child.kill("SIGTERM");
    expect((await run.exited).code).toBe(0);
  }, 60_000);

  it("counts interactions in /metrics, logs one debug line each, and applies the burst cooldown to /ask and /summary together", async () => {
    const { discord, run, payloads } = await start({
      HEALTH_PORT: "0",
      LOG_LEVEL: "debug",
      COOLDOWN_BURST: "2",
      COOLDOWN_SECONDS: "60",
    });
    await botProcess(run);
    const port = Number((await run.waitForLog(isMessage("health server listening"))).port);
    const series = (outcome: string, command = "ask") =>
      `gazette_interactions_total{command="${command}",type="command",outcome="${outcome}"}`;
    expect(await metricValue(port, series("answered"))).toBe(0);

    const reply = async (name: string, options: Record<string, string>, member: Member) => {
      const { id } = discord.dispatchInteraction(payloads.chatInput(name, options, member));
      return discord.waitForReply(id);
    };
    await reply("ask", { question: "grève des dockers" }, alice);
    await reply("summary", {}, alice);
    const refused = await reply("ask", { question: "navires bloqués" }, alice);
    expect(refused.ephemeral).toBe(true);
    expect(refused.message.content).toMatch(
      /^You have asked 2 questions in the last 60 s: try again in (59|60) s\.$/,
    );
    const other = { ...alice, id: "300000000000000005" };
    await reply("ask", { question: "la météo à Bordeaux demain" }, other);

    expect(await metricValue(port, series("answered"))).toBe(1);
    expect(await metricValue(port, series("answered", "summary"))).toBe(1);
    expect(await metricValue(port, series("refused"))).toBe(1);
    expect(await metricValue(port, series("no_answer"))).toBe(1);
    expect(
      await metricValue(
        port,
        'gazette_interaction_duration_seconds_count{command="ask",type="command"}',
      ),
    ).toBe(3);
    expect(await metricValue(port, "gazette_index_passages")).toBe(3);
    expect(await metricValue(port, "process_resident_memory_bytes")).toBeGreaterThan(0);

    const lines = run.logs().filter(isMessage("interaction"));
    expect(lines.map((line) => [line.command, line.outcome])).toEqual([
      ["ask", "answered"],
      ["summary", "answered"],
      ["ask", "refused"],
      ["ask", "no_answer"],
    ]);
    for (const line of lines) {
      expect(line).toMatchObject({ level: 20, type: "command" });
      expect(Number.isInteger(line.durationMs)).toBe(true);
    }
    run.child.kill("SIGTERM");
    expect((await run.exited).code).toBe(0);
  }, 60_000);
});

describe("a corpus that never blocks start-up", () => {
  it("starts with one broken and one good article, answers from the good one, and /reindex lists the broken one", async () => {
    const dir = await corpus({
      "broken.txt": BROKEN_ARTICLE,
      "greve-port.txt": { copyOf: GOOD_ARTICLE },
    });
    const { discord, run, payloads } = await start({
      CORPUS_DIR: dir,
      ADMIN_USER_IDS: operator.id,
      HEALTH_PORT: "0",
    });
    await botProcess(run);
    const broken = path.join(dir, "broken.txt");
    const warning = run.logs().find((line) => String(line.msg).startsWith("left out of the index"));
    expect(warning).toMatchObject({
      level: 40,
      file: broken,
      line: 3,
      fix: "write it as YYYY-MM-DD or leave it empty",
      msg: `left out of the index: ${broken}: front matter "date" is not a date (line 3): write it as YYYY-MM-DD or leave it empty`,
    });
    expect(run.logs().find(isMessage("corpus loaded"))).toMatchObject({ articles: 1, leftOut: 1 });

    const asked = discord.dispatchInteraction(
      payloads.chatInput("ask", { question: "grève des dockers" }, alice),
    );
    const answer = await discord.waitForReply(asked.id);
    expect(JSON.stringify(answer.message.embeds)).toContain("Grève au port de Marseille");

    const reindexed = discord.dispatchInteraction(payloads.chatInput("reindex", {}, operator));
    const { message, ephemeral } = await discord.waitForReply(reindexed.id);
    expect(ephemeral).toBe(true);
    const [embed] = message.embeds as { title: string; description: string }[];
    expect(embed?.title).toBe("Index rebuilt");
    expect(embed?.description).toContain("Left out as invalid (1; every other article is served)");
    expect(embed?.description).toContain(`${broken}: front matter "date" is not a date (line 3)`);

    const port = Number((await run.waitForLog(isMessage("health server listening"))).port);
    expect((await healthOf(port)).body.index).toEqual({
      generation: 2,
      articles: 1,
      passages: 3,
      leftOut: 1,
    });
    run.child.kill("SIGTERM");
    expect((await run.exited).code).toBe(0);
  }, 60_000);

  it("starts with no valid article, says so in the log and in every answer", async () => {
    const { discord, run, payloads } = await start({
      CORPUS_DIR: await corpus({ "broken.txt": BROKEN_ARTICLE }),
      HEALTH_PORT: "0",
    });
    await botProcess(run);
    const port = Number((await run.waitForLog(isMessage("health server listening"))).port);
    expect(await healthOf(port)).toMatchObject({
      status: 200,
      body: { status: "ok", index: { generation: 1, articles: 0, passages: 0, leftOut: 1 } },
    });
    const said = run.logs().find((line) => String(line.msg).startsWith("no valid article"));
    expect(said?.level).toBe(50);
    expect(said?.msg).toContain("Gazette starts anyway");

    for (const [name, options] of [
      ["ask", { question: "grève des dockers" }],
      ["summary", {}],
    ] as const) {
      const { id } = discord.dispatchInteraction(payloads.chatInput(name, options, alice));
      const { message, ephemeral } = await discord.waitForReply(id);
      expect([message.content, ephemeral]).toEqual([
        "No articles are loaded yet, so I cannot answer for now. Please try again later.",
        true,
      ]);
    }
    run.child.kill("SIGTERM");
    expect((await run.exited).code).toBe(0);
  }, 60_000);
});

describe("a token Discord refuses", () => {
  it("is answered with one error line and a non-zero exit", async () => {
    const { run } = await start(
      { DISCORD_TOKEN: DEFAULT_TOKEN },
      { standInToken: "MTAwMDAwMDAwMDAwMDAwMDAy.GstAnd.another-token-than-the-bots" },
    );
    const exit = await run.exited;
    expect(exit.code).toBe(1);
    const errors = run.logs().filter((line) => (line.level ?? 0) >= 50);
    expect(errors.map((line) => line.msg)).toEqual([TOKEN_REFUSED_LINE]);
    expect(run.output()).not.toContain("    at ");
    expect([...run.descendants].filter(isAlive)).toEqual([]);
  }, 60_000);

  it("is told the same way when the gateway closes with 4004 while running (token reset)", async () => {
    const { discord, run } = await start({});
    await botProcess(run);
    discord.dropGateway(4004);
    expect((await run.exited).code).toBe(1);
    const errors = run.logs().filter((line) => (line.level ?? 0) >= 50);
    expect(errors.map((line) => line.msg)).toEqual([TOKEN_REFUSED_LINE]);
    expect([...run.descendants].filter(isAlive)).toEqual([]);
  }, 60_000);
});
