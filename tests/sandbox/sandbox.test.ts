import { mkdtemp, rm } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChannelEntry } from "../../src/sandbox/channel.js";
import { type Sandbox, sandboxBanner, startSandbox } from "../../src/sandbox/start.js";
import { sandboxPort } from "../../src/sandbox/settings.js";
import { PERSONAS } from "../../src/sandbox/personas.js";
import { FIXTURE_CORPUS, recordingLogger } from "../discord/e2e/start-gazette.js";
import { followChannel } from "./follow-channel.js";

/** The sandbox in-process: the page server's API and channel stream, over the real bot. */
let sandbox: Sandbox;
const logs = recordingLogger();
const entries: ChannelEntry[] = [];
let stream: AbortController;

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "gazette-sandbox-data-"));
  sandbox = await startSandbox({
    env: { CORPUS_DIR: fileURLToPath(FIXTURE_CORPUS), COOLDOWN_SECONDS: "0", DATA_DIR: dataDir },
    port: 0,
    logger: () => logs,
    commandsDir: new URL("./fixtures/commands/", import.meta.url),
  });
  stream = new AbortController();
  void followChannel(sandbox.url, stream.signal, entries);
});
afterAll(async () => {
  stream?.abort();
  await sandbox?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const post = async (path: string, body: unknown) => {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

const command = (name: string, values: Record<string, string>, persona = "member", locale = "fr") =>
  post("api/interactions", { kind: "command", persona, locale, name, values });

/** The latest state of the entry for an interaction, once it satisfies `done`. */
async function entryFor(interactionId: string, done: (entry: ChannelEntry) => boolean) {
  let found: ChannelEntry | undefined;
  await expect
    .poll(() => {
      found = entries.filter((entry) => entry.interactionId === interactionId).at(-1);
      return found !== undefined && done(found);
    })
    .toBe(true);
  return found as ChannelEntry;
}

describe("the sandbox", () => {
  it("serves the page and its bundle from 127.0.0.1, nothing from elsewhere", async () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const html = await (await fetch(sandbox.url)).text();
    expect(html).toContain('<script type="module" src="/assets/page.js"></script>');
    expect(html).not.toMatch(/(src|href)="https?:/);
    const script = await fetch(`${sandbox.url}assets/page.js`);
    expect(script.headers.get("content-type")).toContain("javascript");
  });

  it("registers the commands through deployCommands in its server, as the page lists them", async () => {
    const world = (await (await fetch(`${sandbox.url}api/world`)).json()) as {
      commands: { name: string }[];
    };
    expect(world.commands.map((c) => c.name).sort()).toEqual([
      "ask",
      "oversized",
      "reindex",
      "summary",
    ]);
    expect(sandbox.standIn.registered.guilds.get(sandbox.standIn.guildId)).toHaveLength(4);
    expect(logs.entries.map((entry) => entry.message)).toContain(
      "commands registered in the server (available at once)",
    );
  });

  it("sends /ask as the chosen member and streams the bot's reply into the channel", async () => {
    const { status, body } = await command("ask", { question: "grève des dockers" });
    expect(status).toBe(200);
    const entry = await entryFor(String(body.id), (e) => e.message !== null);
    expect(entry.user).toEqual({ id: PERSONAS.member.id, name: "Camille" });
    expect(entry.trigger).toEqual({ kind: "command", name: "ask" });
    expect(entry.visibleTo).toBeNull();
    expect(entry.message?.content).toContain("**Question :** grève des dockers");
  });

  it("returns the bot's autocomplete choices", async () => {
    const { body } = await post("api/interactions", {
      kind: "autocomplete",
      persona: "member",
      locale: "fr",
      name: "ask",
      values: { question: "dock" },
      focused: "question",
    });
    expect((body.choices as { value: string }[]).some((c) => c.value.includes("dockers"))).toBe(
      true,
    );
  });

  it("refuses /reindex to a member as Discord hides it, and lets Gazette refuse once opened", async () => {
    const hidden = await command("reindex", {});
    expect(hidden.status).toBe(403);
    expect(hidden.body.error).toContain("Discord does not show /réindexer to Camille");
    await post("api/settings", { command: "reindex", openToEveryone: true });
    const opened = await command("reindex", {});
    const entry = await entryFor(String(opened.body.id), (e) => e.message !== null && !e.thinking);
    expect(entry.visibleTo).toBe(PERSONAS.member.id);
    expect(entry.message?.content).toContain("Désolé");
    await post("api/settings", { command: "reindex", openToEveryone: false });
  });

  it("reindexes for a server admin: a deferred private reply, then the figures", async () => {
    const { body } = await command("reindex", {}, "admin", "en-US");
    const thinking = await entryFor(String(body.id), (e) => e.message !== null);
    expect(thinking.visibleTo).toBe(PERSONAS.admin.id);
    const done = await entryFor(String(body.id), (e) => !e.thinking);
    expect(done.message?.embeds?.[0]?.fields?.map((field) => field.name)).toEqual(
      expect.arrayContaining(["Articles", "Passages"]),
    );
  });

  it("shows what Discord refuses: the oversized reply's 400, then the bot's apology", async () => {
    const { body } = await command("oversized", {}, "member", "en-US");
    const entry = await entryFor(String(body.id), (e) => e.errors.length > 0 && e.message !== null);
    expect(entry.errors[0]).toContain("content is 2001 > 2000");
    expect(entry.message?.content).toContain("Sorry, something went wrong");
    // Recorded as in tests; the sandbox's stop() does not throw for it, the page showed it.
    expect(sandbox.standIn.failures).toHaveLength(1);
  });

  it("checks what the page sends as Discord's client would", async () => {
    const missing = await command("ask", {}, "member", "en-US");
    expect(missing).toEqual({ status: 400, body: { error: "question: this option is required" } });
    const unknown = await command("weather", {});
    expect(unknown.status).toBe(404);
    const persona = await command("ask", { question: "x" }, "owner");
    expect(persona.body.error).toBe('unknown persona "owner"');
  });

  it("answers only requests addressed to 127.0.0.1 (no DNS rebinding)", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(sandbox.url);
      request(
        {
          host: url.hostname,
          port: url.port,
          path: "/api/world",
          headers: { host: "evil.example" },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      )
        .on("error", reject)
        .end();
    });
    expect(status).toBe(421);
  });
});

describe("a sandbox whose port is taken", () => {
  it("rejects with EADDRINUSE, which npm start reports with the fix", async () => {
    const port = Number(new URL(sandbox.url).port);
    const second = startSandbox({
      env: { CORPUS_DIR: fileURLToPath(FIXTURE_CORPUS), DATA_DIR: dataDir },
      port,
      logger: () => recordingLogger(),
    });
    await expect(second).rejects.toMatchObject({ code: "EADDRINUSE" });
  });
});

describe("sandbox settings", () => {
  it("reads SANDBOX_PORT: default 3000, 0 for a free port, a clear message otherwise", () => {
    expect(sandboxPort({})).toBe(3000);
    expect(sandboxPort({ SANDBOX_PORT: "0" })).toBe(0);
    expect(() => sandboxPort({ SANDBOX_PORT: "http" })).toThrow(
      'SANDBOX_PORT must be a port number from 0 to 65535 (0 picks a free one), not "http"',
    );
  });

  it("prints one line with the address and how to use Discord instead", () => {
    const banner = sandboxBanner("http://127.0.0.1:3000/");
    expect(banner).not.toContain("\n");
    expect(banner).toContain("http://127.0.0.1:3000/");
    expect(banner).toContain("DISCORD_TOKEN");
  });
});
