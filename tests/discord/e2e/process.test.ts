import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { deployCommands } from "../../../src/deploy-commands.js";
import { loadCommands } from "../../../src/discord/load-commands.js";
import { silentLogger } from "../../../src/logger.js";
import { type DiscordStandIn, startDiscordStandIn } from "../../../src/sandbox/stand-in.js";
import { FIXTURE_CORPUS } from "./start-gazette.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

/** Runs a project script as `npm run` would, from an empty directory (so no `.env` is read). */
async function runScript(script: string, env: Record<string, string>) {
  const cwd = await mkdtemp(path.join(tmpdir(), "gazette-run-"));
  const child = spawn(TSX, [path.join(ROOT, script)], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? cwd, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited: exited.finally(() => rm(cwd, { recursive: true, force: true })),
  };
}

let discord: DiscordStandIn | null = null;
let child: ChildProcess | null = null;
afterEach(async () => {
  child?.kill("SIGKILL");
  child = null;
  await discord?.close();
  discord = null;
});

const envFor = (stand: DiscordStandIn) => ({
  DISCORD_TOKEN: stand.token,
  DISCORD_CLIENT_ID: stand.applicationId,
  DISCORD_API_URL: stand.restUrl,
});

// The compiled `npm start` is tested in tests/production.test.ts; this is the TypeScript entry
// point as `npm run dev` runs it (tsx, without watch). tsx starts slowly on a loaded machine: the
// stand-in waits up to 20 s for it.
describe("src/index.ts through tsx", () => {
  it("logs JSON up to 'ready', never the token, and exits 0 on SIGTERM after disconnecting", async () => {
    discord = await startDiscordStandIn({ timeoutMs: 20_000 });
    const run = await runScript("src/index.ts", {
      ...envFor(discord),
      CORPUS_DIR: fileURLToPath(FIXTURE_CORPUS),
    });
    child = run.child;
    await discord.waitForReady();
    await expect.poll(run.output, { timeout: 20_000 }).toContain('"msg":"ready"');
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    const lines = run.output().trim().split("\n");
    const messages = lines.map((line) => JSON.parse(line).msg);
    expect(messages).toEqual(
      expect.arrayContaining(["corpus loaded", "index built", "ready", "disconnected; bye"]),
    );
    expect(run.output()).not.toContain(discord.token);
  }, 45_000);

  it("refuses to start with bad settings, listing every problem", async () => {
    const run = await runScript("src/index.ts", {
      DISCORD_TOKEN: "not-a-token",
      LOG_LEVEL: "loud",
    });
    child = run.child;
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("Gazette cannot start: 3 problems");
    expect(run.output()).toContain("DISCORD_TOKEN does not look like a bot token");
    expect(run.output()).toContain("DISCORD_CLIENT_ID is missing");
    expect(run.output()).not.toContain("not-a-token");
  });
});

describe("npm start without a token", () => {
  it("opens the sandbox: one line with the page's address, the page served, SIGTERM exits 0", async () => {
    const run = await runScript("src/index.ts", {
      SANDBOX_PORT: "0",
      CORPUS_DIR: fileURLToPath(FIXTURE_CORPUS),
    });
    child = run.child;
    await expect.poll(run.output, { timeout: 30_000 }).toContain("Gazette sandbox: open");
    const lines = run.output().trim().split("\n");
    expect(lines).toHaveLength(1);
    const url = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(lines[0] ?? "")?.[1];
    expect(url).toBeDefined();
    expect(lines[0]).toContain("set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env");
    const world = (await (await fetch(`${url}api/world`)).json()) as {
      commands: { name: string }[];
    };
    // The page lists a command with subcommands once per subcommand, as Discord's client does.
    expect(world.commands.map((command) => command.name).sort()).toEqual([
      "article add",
      "article list",
      "article remove",
      "ask",
      "reindex",
      "report",
      "summary",
    ]);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  });

  it("lists the settings that are wrong and exits 1, as with a token", async () => {
    const run = await runScript("src/index.ts", { SANDBOX_PORT: "0", LOG_LEVEL: "loud" });
    child = run.child;
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("Gazette cannot start: 1 problem");
    expect(run.output()).toContain("LOG_LEVEL must be one of");
  });
});

describe("npm run deploy-commands", () => {
  it("registers the commands in DISCORD_GUILD_ID's server through DISCORD_API_URL", async () => {
    discord = await startDiscordStandIn();
    const run = await runScript("src/deploy-commands.ts", {
      ...envFor(discord),
      DISCORD_GUILD_ID: discord.guildId,
    });
    child = run.child;
    expect(await run.exited).toBe(0);
    const commands = discord.registered.guilds.get(discord.guildId) as { name: string }[];
    expect(commands.map((command) => command.name).sort()).toEqual([
      "article",
      "ask",
      "reindex",
      "report",
      "summary",
    ]);
    expect(discord.registered.global).toBeNull();
    expect(run.output()).toContain("commands registered in the server");
  });

  it("registers globally without DISCORD_GUILD_ID, with the bot's own command payloads", async () => {
    discord = await startDiscordStandIn();
    const commands = await loadCommands();
    const config = { ...envFor(discord), discordGuildId: null };
    await deployCommands(
      {
        discordToken: config.DISCORD_TOKEN,
        discordClientId: config.DISCORD_CLIENT_ID,
        discordApiUrl: config.DISCORD_API_URL,
        discordGuildId: null,
      },
      commands,
      silentLogger,
    );
    expect(discord.registered.global).toEqual([...commands.values()].map((c) => c.data));
    const reindex = (discord.registered.global ?? []).find((command) => command.name === "reindex");
    expect(reindex).toMatchObject({ default_member_permissions: "32", contexts: [0] });
  });
});
