import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { loadCommands } from "../../src/discord/load-commands.js";
import { createHttpBot, type HttpBot } from "../../src/http/http-bot.js";
import { Library } from "../../src/library.js";
import { alice, interactionsFor } from "../../src/sandbox/interactions.js";
import { type DiscordStandIn, startDiscordStandIn } from "../../src/sandbox/stand-in.js";
import { FIXTURE_CORPUS, recordingLogger } from "../discord/e2e/start-gazette.js";
import { type HttpGazette, signedDiscordFor, testKeyPair } from "./signed-discord.js";

const EPHEMERAL = 64;
/** The fixture command thinks 300 ms: three times this deadline. */
const ACK_DEADLINE_MS = 100;

/** Commands slower than Discord's 3 s window, with the window shortened to 100 ms. */
describe("HTTP interactions answered after the acknowledgement deadline", () => {
  let discord: DiscordStandIn;
  let bot: HttpBot;
  let corpusDir: string;
  let signed: Pick<HttpGazette, "send" | "post">;
  let payloads: ReturnType<typeof interactionsFor>;
  const logs = recordingLogger();

  beforeAll(async () => {
    discord = await startDiscordStandIn();
    corpusDir = await mkdtemp(path.join(tmpdir(), "gazette-http-late-"));
    await cp(FIXTURE_CORPUS, corpusDir, { recursive: true });
    const { publicKeyHex, privateKey } = testKeyPair();
    const config = parseConfig({
      DISCORD_TOKEN: discord.token,
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_API_URL: discord.restUrl,
      CORPUS_DIR: corpusDir,
      INTERACTIONS_PORT: "0",
      DISCORD_PUBLIC_KEY: publicKeyHex,
    });
    const { library } = await Library.open({ corpusDir });
    const commands = await loadCommands(new URL("./fixtures/slow/", import.meta.url));
    bot = createHttpBot({
      config,
      library,
      commands,
      logger: logs,
      ackDeadlineMs: ACK_DEADLINE_MS,
    });
    await bot.start();
    const port = bot.endpoint?.port;
    signed = signedDiscordFor(discord, `http://127.0.0.1:${port}/interactions`, privateKey);
    payloads = interactionsFor(discord);
  });
  afterAll(async () => {
    await bot?.stop();
    await rm(corpusDir, { recursive: true, force: true });
    await discord?.close();
  });

  const slow = (how: string) => signed.send(payloads.chatInput("slow", { how }, alice));
  const deleted = (id: string) =>
    discord.waitForRequest(
      (request) =>
        request.method === "DELETE" &&
        request.path.endsWith("/messages/@original") &&
        request.path.includes(`/itoken-${id}-`),
    );

  it("answers in the window as usual when the command is fast", async () => {
    const answer = await slow("fast");
    expect(answer.body).toMatchObject({ type: 4, data: { content: "at once" } });
  });

  it("defers privately for a slow command, then posts its public reply and removes the deferral", async () => {
    const answer = await slow("public");
    expect(answer.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const reply = await discord.waitForFollowUp(answer.id);
    expect(reply.content).toBe("late and public");
    expect((reply.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    await deleted(answer.id);
    const logged = logs.entries.find((entry) =>
      entry.message?.startsWith("no first response within the deadline"),
    );
    expect(logged?.fields).toMatchObject({ ackDeadlineMs: ACK_DEADLINE_MS });
  });

  it("puts a slow private reply in place of the private deferral", async () => {
    const answer = await slow("private");
    expect(answer.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const { message, ephemeral } = await discord.waitForReply(answer.id);
    expect(ephemeral).toBe(true);
    expect(message.content).toBe("late and private");
  });

  it("delivers the edit of a deferral that came too late as a public message", async () => {
    const answer = await slow("late-defer");
    expect(answer.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const reply = await discord.waitForFollowUp(answer.id);
    expect(reply.content).toBe("deferred late, then edited");
    expect((reply.flags ?? 0) & EPHEMERAL).toBe(0);
    await deleted(answer.id);
  });

  it("acknowledges a slow button silently, then sends its reply with the reply's own visibility", async () => {
    const first = await slow("fast");
    const message = discord.message((await discord.waitForReply(first.id)).message.id);
    if (!message) throw new Error("the fast reply was not stored");
    const click = await signed.send(payloads.button("slow:again", message, alice));
    expect(click.body).toEqual({ type: 6 });
    const reply = await discord.waitForFollowUp(click.id);
    expect(reply.content).toBe("late button answer");
    expect((reply.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  });

  it("answers a slow autocomplete with no choices in time, and drops the late ones", async () => {
    const answer = await signed.send(payloads.autocomplete("slow", "how", { how: "p" }, alice));
    expect(answer.body).toEqual({ type: 8, data: { choices: [] } });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(logs.entries.filter((entry) => entry.message === "autocomplete failed")).toEqual([]);
  });

  it("answers a fast command at once while a slow one is being delivered", async () => {
    const [late, fast] = await Promise.all([slow("public"), slow("fast")]);
    expect(late.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(fast.body).toMatchObject({ type: 4, data: { content: "at once" } });
    expect((await discord.waitForFollowUp(late.id)).content).toBe("late and public");
  });

  it("stops like the gateway bot: the command in flight finishes, then the endpoint closes", async () => {
    const inFlight = signed.send(payloads.chatInput("slow", { how: "public" }, alice));
    const answer = await inFlight;
    expect(answer.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    await bot.stop();
    // stop() resolved: the late reply was delivered before, and nothing listens any more.
    const followUps = discord.requests.filter(
      (request) =>
        request.method === "POST" &&
        request.path.startsWith("/webhooks/") &&
        request.path.includes(`/itoken-${answer.id}-`),
    );
    expect(followUps.map((request) => request.status)).toEqual([200]);
    expect(bot.connected).toBe(false);
    await expect(signed.send(payloads.chatInput("slow", { how: "fast" }, alice))).rejects.toThrow();
  });
});
