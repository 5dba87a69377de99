import { Writable } from "node:stream";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/config.js";
import { loggerOptions } from "../../../src/entry-setup.js";
import { type Gazette, startGazette } from "../../../src/index.js";
import { redactText } from "../../../src/log-redaction.js";
import { alice, interactionsFor, MANAGE_GUILD } from "../../../src/sandbox/interactions.js";
import { type DiscordStandIn, startDiscordStandIn } from "../../../src/sandbox/stand-in.js";
import { FIXTURE_CORPUS } from "./start-gazette.js";

describe("redaction of credentials in the logs", () => {
  it("hides webhook and callback URL tokens, bot and interaction tokens in any text", () => {
    const botToken = "MTAwMDAwMDAwMDAwMDAwMDAx.GstAnd.abcdefghijklmnopqrstuvwxyz0123";
    const text = [
      "POST /api/v10/interactions/1234/itoken-1234-xyz/callback failed",
      "https://discord.com/api/v10/webhooks/99/aW50ZXJhY3Rpb246OTk6c2VjcmV0/messages/@original",
      `Authorization: Bot ${botToken}`,
      `token ${botToken} and aW50ZXJhY3Rpb246MTIzOnNlY3JldA`,
    ].join("\n");
    const clean = redactText(text);
    expect(clean).toBe(
      [
        "POST /api/v10/interactions/1234/[redacted]/callback failed",
        "https://discord.com/api/v10/webhooks/99/[redacted]/messages/@original",
        "Authorization: Bot [redacted]",
        "token [redacted] and [redacted]",
      ].join("\n"),
    );
  });
});

describe("a Gazette logging at trace level", () => {
  let discord: DiscordStandIn;
  let gazette: Gazette;
  let corpusDir: string;
  const lines: string[] = [];

  beforeAll(async () => {
    discord = await startDiscordStandIn();
    corpusDir = await mkdtemp(path.join(tmpdir(), "gazette-corpus-"));
    await cp(FIXTURE_CORPUS, corpusDir, { recursive: true });
    const config = parseConfig({
      DISCORD_TOKEN: discord.token,
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_API_URL: discord.restUrl,
      CORPUS_DIR: corpusDir,
      DATA_DIR: `${corpusDir}-data`,
      COOLDOWN_SECONDS: "0",
      LOG_LEVEL: "trace",
    });
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
        done();
      },
    });
    gazette = await startGazette(config, pino(loggerOptions(config, false), sink), {
      feedback: false,
    });
  });
  afterAll(async () => {
    await gazette?.stop();
    await gazette?.library.flushed();
    await rm(corpusDir, { recursive: true, force: true });
    await rm(`${corpusDir}-data`, { recursive: true, force: true });
    await discord?.close();
  });

  it("writes no token in any line, whatever happened", async () => {
    const payloads = interactionsFor(discord);
    const tokens: string[] = [];
    const send = (draft: Parameters<typeof discord.dispatchInteraction>[0]) => {
      const sent = discord.dispatchInteraction(draft);
      tokens.push(sent.token);
      return sent;
    };

    const asked = send(payloads.chatInput("ask", { question: "grève des dockers" }, alice));
    await discord.waitForReply(asked.id);
    const reindexed = send(
      payloads.chatInput("reindex", {}, { ...alice, permissions: MANAGE_GUILD }),
    );
    await discord.waitForReply(reindexed.id);
    // Every attempt at the first answer fails: the error (with its URL) is logged, then the apology.
    discord.failNext({ method: "POST", path: /\/interactions\/\d+\/[^/]+\/callback$/ }, 4);
    const failed = send(payloads.chatInput("ask", { question: "restauration du musée" }, alice));
    const apology = await discord.waitForReply(failed.id);
    expect(apology.message.content).toContain("Sorry");
    const forged = payloads.chatInput("ask", { question: "x" }, alice);
    const unreadable = send({
      ...forged,
      data: { ...forged.data, options: [{ name: "question", type: 3, value: 1 }] },
    } as unknown as typeof forged);
    await discord.waitForCallback(unreadable.id);

    const levels = new Set(lines.map((line) => (JSON.parse(line) as { level: number }).level));
    expect(levels).toContain(10); /* trace lines were written */
    expect(lines.some((line) => line.includes("interaction failed"))).toBe(true);
    expect(lines.some((line) => line.includes(`/interactions/${failed.id}/[redacted]`))).toBe(true);
    for (const secret of [discord.token, ...tokens]) {
      expect(lines.filter((line) => line.includes(secret))).toEqual([]);
    }
  }, 30_000);
});
