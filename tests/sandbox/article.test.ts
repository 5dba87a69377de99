import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChannelEntry } from "../../src/sandbox/channel.js";
import { type Sandbox, startSandbox } from "../../src/sandbox/start.js";
import { FIXTURE_CORPUS, recordingLogger } from "../discord/e2e/start-gazette.js";
import { followChannel } from "./follow-channel.js";

/** `/article` in the sandbox: the real commands over a copy of the fixture corpus. */
let sandbox: Sandbox;
let corpusDir: string;
const entries: ChannelEntry[] = [];
let stream: AbortController;

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), "gazette-sandbox-corpus-"));
  await cp(FIXTURE_CORPUS, corpusDir, { recursive: true });
  sandbox = await startSandbox({
    env: { CORPUS_DIR: corpusDir, COOLDOWN_SECONDS: "0" },
    port: 0,
    logger: () => recordingLogger(),
  });
  stream = new AbortController();
  void followChannel(sandbox.url, stream.signal, entries);
});
afterAll(async () => {
  stream?.abort();
  await sandbox?.stop();
  await rm(corpusDir, { recursive: true, force: true });
});

const post = async (body: unknown) => {
  const response = await fetch(`${sandbox.url}api/interactions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

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

describe("/article in the sandbox", () => {
  it("lists the subcommands as the page's commands", async () => {
    const world = (await (await fetch(`${sandbox.url}api/world`)).json()) as {
      commands: { name: string }[];
    };
    expect(world.commands.map((command) => command.name)).toEqual(
      expect.arrayContaining(["article add", "article list", "article remove"]),
    );
  });

  it("hides /article from a member, as Discord does", async () => {
    const { status, body } = await post({
      kind: "command",
      persona: "member",
      locale: "en-US",
      name: "article list",
      values: {},
    });
    expect(status).toBe(403);
    expect(String(body.error)).toContain("requires the permissions 32 (Manage Server)");
  });

  it("lists the articles for an admin", async () => {
    const { body } = await post({
      kind: "command",
      persona: "admin",
      locale: "en-US",
      name: "article list",
      values: {},
    });
    const entry = await entryFor(String(body.id), (found) => found.message !== null);
    expect(JSON.stringify(entry.message?.embeds)).toContain("`greve-port`");
  });

  it("opens the form for the admin only, and adds the article submitted", async () => {
    const { body } = await post({
      kind: "command",
      persona: "admin",
      locale: "en-US",
      name: "article add",
      values: {},
    });
    const id = String(body.id);
    const form = await entryFor(id, (found) => found.modal !== null);
    expect(form.visibleTo).not.toBeNull();
    expect(form.modal?.custom_id).toBe("article:modal");

    const refused = await post({
      kind: "modal",
      persona: "member",
      locale: "en-US",
      interactionId: id,
      customId: "article:modal",
      fields: { title: "x", date: "", source: "", text: "y" },
    });
    expect(refused.status).toBe(404);

    const submitted = await post({
      kind: "modal",
      persona: "admin",
      locale: "en-US",
      interactionId: id,
      customId: "article:modal",
      fields: {
        title: "Le tramway prolongé",
        date: "2024-09-01",
        source: "",
        text: "Le tramway est prolongé jusqu’à la gare.",
      },
    });
    expect(submitted.status).toBe(200);
    const reply = await entryFor(
      String(submitted.body.id),
      (found) => found.message !== null && !found.thinking,
    );
    expect(JSON.stringify(reply.message?.embeds)).toContain("Article added: Le tramway prolongé");
    expect(await readdir(corpusDir)).toContain("le-tramway-prolonge.txt");
    expect(entries.filter((entry) => entry.interactionId === id).at(-1)?.modal).toBeNull();
  });
});
