import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import {
  alice,
  buttonIds,
  interactionsFor,
  MANAGE_GUILD,
} from "../../../src/sandbox/interactions.js";
import {
  type DiscordStandIn,
  startDiscordStandIn,
  type StoredMessage,
} from "../../../src/sandbox/stand-in.js";
import { FIXTURE_CORPUS, LIGHTHOUSE } from "./start-gazette.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TSX_LOADER = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

const embedsOf = (message: StoredMessage) => (message.embeds ?? []) as { title?: string }[];

interface LogLine {
  msg?: string;
  shard?: number;
  childPid?: number;
  exitCode?: number | null;
}

/**
 * The TypeScript entry point in processes mode, as `npm run dev` runs it (Node with tsx's loader,
 * which the manager passes on to its children), from an empty directory so no `.env` is read.
 */
async function startManager(discord: DiscordStandIn, env: Record<string, string>) {
  const cwd = await mkdtemp(path.join(tmpdir(), "gazette-shards-"));
  const corpusDir = path.join(cwd, "corpus");
  await cp(FIXTURE_CORPUS, corpusDir, { recursive: true });
  const child = spawn(process.execPath, ["--import", TSX_LOADER, path.join(ROOT, "src/index.ts")], {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? cwd,
      DISCORD_TOKEN: discord.token,
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_API_URL: discord.restUrl,
      CORPUS_DIR: corpusDir,
      COOLDOWN_SECONDS: "0",
      SHARDING_MODE: "processes",
      SHARD_SPAWN_DELAY_MS: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const lines = (): LogLine[] =>
    output
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as LogLine);
  return {
    child,
    corpusDir,
    output: () => output,
    lines,
    messages: () => lines().map((line) => line.msg),
    /** The pid of the latest process started for `shard`. */
    pidOf: (shard: number) =>
      lines()
        .filter((line) => line.msg === "shard process started" && line.shard === shard)
        .at(-1)?.childPid,
    exited: exited.finally(() => rm(cwd, { recursive: true, force: true })),
  };
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let discord: DiscordStandIn | null = null;
let manager: ChildProcess | null = null;
const pids: number[] = [];
afterEach(async () => {
  manager?.kill("SIGKILL");
  manager = null;
  for (const pid of pids.splice(0)) if (isRunning(pid)) process.kill(pid, "SIGKILL");
  await discord?.close();
  discord = null;
});

// Three Node processes with tsx on a loaded machine: the stand-in waits up to 60 s for them.
describe("SHARDING_MODE=processes: a ShardingManager with one process per shard", () => {
  it("runs both shards in their own process, spreads /reindex to both, respawns a crashed one and stops cleanly", async () => {
    discord = await startDiscordStandIn({ shards: 2, timeoutMs: 60_000 });
    const run = await startManager(discord, { SHARD_COUNT: "auto" });
    manager = run.child;
    await discord.waitForReady();
    await expect.poll(run.messages, { timeout: 60_000 }).toContain("every shard is ready");
    const [pid0, pid1] = [run.pidOf(0), run.pidOf(1)];
    expect(pid0).toBeTypeOf("number");
    expect(pid1).toBeTypeOf("number");
    expect(new Set([pid0, pid1, run.child.pid]).size).toBe(3);
    pids.push(pid0!, pid1!);
    expect(discord.identified.map((record) => record.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);

    const [first, second] = discord.guilds.map(({ guild }) =>
      interactionsFor(discord!, { guildId: guild.id }),
    );
    for (const [index, payloads] of [first!, second!].entries()) {
      const ask = discord.dispatchInteraction(
        payloads.chatInput("ask", { question: "grève des dockers" }, alice),
      );
      expect(ask.shard).toBe(index);
      const { message } = await discord.waitForReply(ask.id);
      expect(embedsOf(message)[0]?.title).toBe("Grève au port de Marseille · §1");
    }

    // /reindex on shard 0; shard 1's own process then answers from the new index.
    await writeFile(path.join(run.corpusDir, "phare.txt"), LIGHTHOUSE);
    const reindex = discord.dispatchInteraction(
      first!.chatInput("reindex", {}, { ...alice, permissions: MANAGE_GUILD }),
    );
    const reply = await discord.waitForReply(reindex.id);
    expect(
      (reply.message.embeds as { description?: string }[] | undefined)?.[0]?.description,
    ).toContain("Served by 2 of 2 shards.");
    const lighthouse = discord.dispatchInteraction(
      second!.chatInput("ask", { question: "phare de Cordouan repeint" }, alice),
    );
    expect(lighthouse.shard).toBe(1);
    expect(embedsOf((await discord.waitForReply(lighthouse.id)).message)[0]?.title).toMatch(
      /^Le phare repeint/,
    );

    // A page button works in its server's shard process (Discord routes the click there)...
    const paged = discord.dispatchInteraction(
      second!.chatInput("ask", { question: "Marseille port navires ministre", results: 1 }, alice),
    );
    const answer = (await discord.waitForReply(paged.id)).message;
    const more = String(buttonIds(answer)[0]);
    const click = discord.dispatchInteraction(second!.button(more, answer, alice));
    expect((await discord.waitForReply(click.id)).message.content).toContain("result 2");

    // A shard process that crashes is respawned by the manager, logged, and answers again.
    process.kill(pid1!, "SIGKILL");
    await expect
      .poll(run.messages, { timeout: 10_000 })
      .toContain("shard process exited; respawning it");
    // A /reindex while it restarts reports it instead of counting it.
    const during = discord.dispatchInteraction(
      first!.chatInput("reindex", {}, { ...alice, permissions: MANAGE_GUILD }),
    );
    const partial = (await discord.waitForReply(during.id)).message;
    const description = (partial.embeds as { description?: string }[] | undefined)?.[0]
      ?.description;
    expect(description).toContain("Served by 1 of 2 shards.");
    expect(description).toContain("• Shard 1 still serves the previous index: still starting");
    await expect.poll(() => discord!.identified.length, { timeout: 60_000 }).toBe(3);
    await discord.waitForReady();
    const respawned = run.pidOf(1);
    expect(respawned).not.toBe(pid1);
    pids.push(respawned!);
    const again = discord.dispatchInteraction(
      second!.chatInput("ask", { question: "grève des dockers" }, alice),
    );
    expect(embedsOf((await discord.waitForReply(again.id)).message)[0]?.title).toBe(
      "Grève au port de Marseille · §1",
    );
    // ...and the buttons of answers its previous process gave say they expired, politely.
    const stale = discord.dispatchInteraction(second!.button(more, answer, alice));
    const expired = await discord.waitForReply(stale.id);
    expect(expired.ephemeral).toBe(true);
    expect(expired.message.content).toContain("This button has expired");

    // SIGTERM to the manager: forwarded to every shard, each drains, the manager exits 0.
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(run.messages()).toContain("shutting down every shard process");
    expect(
      run
        .lines()
        .filter((line) => line.msg === "disconnected; bye")
        .map((line) => line.shard)
        .sort(),
    ).toEqual([0, 1]);
    expect([pid0!, respawned!].filter(isRunning)).toEqual([]);
    expect(run.output()).not.toContain(discord.token);
  }, 180_000);

  it("exits non-zero when a shard process does not stop cleanly", async () => {
    discord = await startDiscordStandIn({ shards: 2, timeoutMs: 60_000 });
    const run = await startManager(discord, { SHARD_COUNT: "2" });
    manager = run.child;
    await discord.waitForReady();
    await expect.poll(run.messages, { timeout: 60_000 }).toContain("every shard is ready");
    const pid1 = run.pidOf(1)!;
    pids.push(run.pidOf(0)!, pid1);

    // Shard 1 has a reply in flight (held by a 429) when the manager forwards SIGTERM; two more
    // signals then make it exit at once, with 1.
    discord.rateLimitNext({ method: "POST", path: /\/callback$/ }, 10);
    const second = interactionsFor(discord, { guildId: discord.guilds[1]!.guild.id });
    discord.dispatchInteraction(second.chatInput("ask", { question: "grève des dockers" }, alice));
    await discord.waitForRequest((request) => request.status === 429);
    run.child.kill("SIGTERM");
    const saidByShard1 = (message: string) => () =>
      run.lines().some((line) => line.shard === 1 && line.msg === message);
    await expect
      .poll(saidByShard1("shutting down: no new interactions, finishing those in flight"), {
        timeout: 10_000,
      })
      .toBe(true);
    process.kill(pid1, "SIGTERM");
    await expect
      .poll(saidByShard1("already shutting down; a third signal exits at once"), {
        timeout: 10_000,
      })
      .toBe(true);
    process.kill(pid1, "SIGTERM");
    expect(await run.exited).toBe(1);
    expect(saidByShard1("exiting at once")()).toBe(true);
    expect(run.messages()).toContain("a shard process did not stop cleanly");
  }, 120_000);
});
