import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FEEDBACK_FILE } from "../../../src/feedback/store.js";
import {
  alice,
  basile,
  buttonIds,
  interactionsFor,
  MANAGE_GUILD,
  type Member,
  type OptionValue,
} from "../../../src/sandbox/interactions.js";
import type { StoredMessage } from "../../../src/sandbox/stand-in.js";
import { type RunningGazette, startGazetteAgainstStandIn } from "./start-gazette.js";

const admin: Member = {
  id: "300000000000000007",
  username: "dominique",
  permissions: MANAGE_GUILD,
  locale: "en-US",
};
const claire: Member = { id: "300000000000000003", username: "claire", locale: "en-US" };

type Embed = { title?: string; description?: string; footer?: { text?: string } };
const embedsOf = (message: StoredMessage) => (message.embeds ?? []) as Embed[];
const textOf = (message: StoredMessage) =>
  [message.content ?? "", ...embedsOf(message).map((e) => `${e.title}\n${e.description}`)].join(
    "\n",
  );

/** Helpers over one running bot. */
function driver(run: RunningGazette) {
  const payloads = interactionsFor(run.discord);
  return {
    async command(name: string, options: Record<string, OptionValue>, member: Member) {
      const { id } = run.discord.dispatchInteraction(payloads.chatInput(name, options, member));
      return run.discord.waitForReply(id);
    },
    async click(customId: string, message: StoredMessage, member: Member) {
      const { id } = run.discord.dispatchInteraction(payloads.button(customId, message, member));
      return run.discord.waitForReply(id);
    },
  };
}

const voteIds = (message: StoredMessage) => {
  const ids = buttonIds(message);
  return {
    up: ids.find((id) => /^(ask|summary):vote:[\w-]{10}:up$/.test(id)),
    down: ids.find((id) => /^(ask|summary):vote:[\w-]{10}:down$/.test(id)),
  };
};

describe("feedback on answers (DATA_DIR set)", () => {
  let dataDir: string;
  let run: RunningGazette;
  let bot: ReturnType<typeof driver>;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "gazette-data-"));
    run = await startGazetteAgainstStandIn({ DATA_DIR: dataDir });
    bot = driver(run);
  });
  afterAll(async () => {
    await run?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("ends an /ask answer's row with 👍 / 👎, after its own buttons", async () => {
    const { message } = await bot.command(
      "ask",
      { question: "Marseille port navires ministre", results: 1 },
      alice,
    );
    const ids = buttonIds(message);
    expect(ids[0]).toMatch(/^ask:more:/);
    expect(ids.slice(-2)).toEqual([voteIds(message).up, voteIds(message).down]);
    const labels = (message.components?.[0] as { components: { label: string }[] }).components.map(
      (button) => button.label,
    );
    expect(labels.slice(-2)).toEqual(["👍", "👎"]);
  });

  it("counts one vote per member per answer; the other button changes it, the same withdraws it", async () => {
    const { message } = await bot.command("ask", { question: "grève des dockers" }, alice);
    const { up, down } = voteIds(message);
    expect(up && down).toBeTruthy();
    const answerId = String(up).split(":")[2] as string;

    const first = await bot.click(String(up), message, alice);
    expect(first.ephemeral).toBe(true);
    expect(first.message.content).toBe("Thanks, your vote is recorded.");
    expect(first.message.allowed_mentions).toEqual({ parse: [] });
    expect(run.gazette.feedback?.votesOn(answerId)).toEqual({ up: 1, down: 0 });

    expect((await bot.click(String(down), message, alice)).message.content).toBe(
      "Thanks, your vote is changed.",
    );
    expect(run.gazette.feedback?.votesOn(answerId)).toEqual({ up: 0, down: 1 });
    expect((await bot.click(String(up), message, basile)).message.content).toBe(
      "Merci, votre vote est enregistré.",
    );
    expect(run.gazette.feedback?.votesOn(answerId)).toEqual({ up: 1, down: 1 });
    expect((await bot.click(String(down), message, alice)).message.content).toBe(
      "Your vote is withdrawn.",
    );
    expect(run.gazette.feedback?.votesOn(answerId)).toEqual({ up: 1, down: 0 });
  });

  it("puts 👍 / 👎 on a summary too, and counts its votes", async () => {
    const { message } = await bot.command("summary", { article: "greve-port" }, alice);
    const { up, down } = voteIds(message);
    expect(up).toMatch(/^summary:vote:/);
    const reply = await bot.click(String(down), message, claire);
    expect(reply.message.content).toBe("Thanks, your vote is recorded.");
    expect(run.gazette.feedback?.votesOn(String(down).split(":")[2] as string)).toEqual({
      up: 0,
      down: 1,
    });
  });

  it("records a question the articles do not answer, and /report shows it with an add-article button", async () => {
    await bot.command("ask", { question: "la météo à Bordeaux demain" }, alice);
    await bot.command("ask", { question: "La meteo a Bordeaux demain ?" }, basile);
    await bot.command("summary", { article: "greve-port", topic: "football" }, alice);
    const { message, ephemeral } = await bot.command("report", {}, admin);
    expect(ephemeral).toBe(true);
    const [unanswered, worst, perDay] = embedsOf(message);
    expect(unanswered?.title).toContain("last 7 days");
    expect(unanswered?.description).toMatch(
      /\*\*1\.\*\* “La meteo a Bordeaux demain \?”\n {2}2 times · \/ask/,
    );
    expect(unanswered?.description).toContain("“football”");
    expect(worst?.description).toBe(
      "• “greve-port” → Grève au port de Marseille (short) · 1 👎 · 0 👍",
    );
    expect(perDay?.description).toMatch(/\d{4}-\d\d-\d\d · 3 of \d+ unanswered/);
    const adds = buttonIds(message).filter((id) => id.startsWith("article:add"));
    expect(adds).toEqual(["article:add:La meteo a Bordeaux demain ?", "article:add:football"]);
  });

  it("refuses /report to a plain member, and says nothing of the records", async () => {
    const { message, ephemeral } = await bot.command("report", {}, alice);
    expect(ephemeral).toBe(true);
    expect(message.content).toContain("only server managers");
    expect(message.embeds ?? []).toEqual([]);
    expect(run.logs.entries.some((entry) => entry.message === "report refused")).toBe(true);
  });

  it("still holds the records, and the old buttons still vote, after a restart", async () => {
    const { message } = await bot.command("ask", { question: "restauration du musée" }, alice);
    const { up, down } = voteIds(message);
    await bot.click(String(down), message, alice);
    await run.stop();

    run = await startGazetteAgainstStandIn({ DATA_DIR: dataDir });
    bot = driver(run);
    const report = (await bot.command("report", { days: 30 }, admin)).message;
    expect(embedsOf(report)[0]?.title).toContain("last 30 days");
    expect(embedsOf(report)[0]?.description).toContain("Bordeaux");
    expect(embedsOf(report)[1]?.description).toContain("“restauration du musée”");
    // The message from before the restart: its buttons name the answer, and alice's vote is known.
    expect((await bot.click(String(up), message, alice)).message.content).toBe(
      "Thanks, your vote is changed.",
    );
    expect(run.gazette.feedback?.votesOn(String(up).split(":")[2] as string)).toEqual({
      up: 1,
      down: 0,
    });
  });
});

describe("feedback when the store cannot be opened", () => {
  let dataDir: string;
  let run: RunningGazette | undefined;
  afterEach(async () => {
    await run?.stop();
    run = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  it("a damaged file: Gazette starts, warns, answers, and votes and /report say feedback is unavailable", async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "gazette-data-"));
    await writeFile(path.join(dataDir, FEEDBACK_FILE), "not a database\n".repeat(500));
    run = await startGazetteAgainstStandIn({ DATA_DIR: dataDir });
    const bot = driver(run);
    expect(run.gazette.feedback).toBeNull();
    expect(
      run.logs.entries.some(
        (entry) =>
          entry.level === "warn" && entry.message?.includes("Gazette runs without feedback"),
      ),
    ).toBe(true);

    const { message } = await bot.command("ask", { question: "grève des dockers" }, alice);
    expect(textOf(message)).toContain("Grève au port de Marseille");
    const vote = await bot.click(String(voteIds(message).up), message, alice);
    expect(vote.ephemeral).toBe(true);
    expect(vote.message.content).toContain("feedback is unavailable");
    const report = await bot.command("report", {}, admin);
    expect(report.message.content).toContain("feedback is unavailable");
  });

  it("a data directory that cannot be created: Gazette starts and answers", async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "gazette-data-"));
    const blocker = path.join(dataDir, "file");
    await writeFile(blocker, "a file where the directory should be");
    run = await startGazetteAgainstStandIn({ DATA_DIR: path.join(blocker, "data") });
    expect(run.gazette.feedback).toBeNull();
    const { message } = await driver(run).command("ask", { question: "grève des dockers" }, alice);
    expect(textOf(message)).toContain("Grève au port de Marseille");
  });
});
