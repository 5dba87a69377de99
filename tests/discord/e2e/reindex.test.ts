import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StoredMessage } from "../../../src/sandbox/stand-in.js";
import { alice, basile, interactionsFor, MANAGE_GUILD } from "../../../src/sandbox/interactions.js";
import { type RunningGazette, startGazetteAgainstStandIn } from "./start-gazette.js";

const embedsOf = (message: StoredMessage) =>
  (message.embeds ?? []) as { title?: string; description?: string }[];

/** An article large enough that rebuilding the index takes a noticeable while. */
function largeArticle(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, n) =>
      `Le conseil municipal numéro ${n} examine le budget ${n * 7} et la rénovation du quartier ${n % 97}.`,
  ).join("\n\n");
  return `---\ntitle: Les comptes de la ville\n---\n\n${body}\n`;
}

describe("/reindex requested by two admins at once", () => {
  let run: RunningGazette;
  let payloads: ReturnType<typeof interactionsFor>;

  beforeAll(async () => {
    // Two rebuilds of a 4,000-paragraph article: over 5 s on this 2-core machine under load.
    run = await startGazetteAgainstStandIn({}, { standIn: { timeoutMs: 20_000 } });
    payloads = interactionsFor(run.discord);
    await writeFile(path.join(run.corpusDir, "comptes.txt"), largeArticle(4000));
  });
  afterAll(async () => {
    await run?.stop();
  });

  it("gives B a rebuild that started after B's request: B's article is counted and searchable", async () => {
    const admin = (member: typeof alice) => ({ ...member, permissions: MANAGE_GUILD });
    const a = run.discord.dispatchInteraction(payloads.chatInput("reindex", {}, admin(alice)));
    await run.discord.waitForCallback(a.id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await writeFile(
      path.join(run.corpusDir, "phare.txt"),
      "---\ntitle: Le phare repeint\n---\n\nLe phare de Cordouan a été repeint en bleu.\n",
    );
    const b = run.discord.dispatchInteraction(payloads.chatInput("reindex", {}, admin(basile)));

    const [replyA, replyB] = await Promise.all([
      run.discord.waitForReply(a.id),
      run.discord.waitForReply(b.id),
    ]);
    const messages = run.logs.entries.map((entry) => entry.message);
    const requestedB = messages.lastIndexOf("reindex requested");
    const firstDone = messages.indexOf("reindex done");
    expect(requestedB).toBeLessThan(firstDone); /* B really asked while A's rebuild ran */
    expect(embedsOf(replyA.message)[0]?.title).toBe("Index rebuilt");
    const [embedB] = embedsOf(replyB.message);
    expect(embedB?.title).toBe("Index reconstruit");
    expect(embedB?.description).toMatch(/^1 passage ajouté/);
    expect(messages.filter((message) => message === "reindex done")).toHaveLength(2);

    const found = run.discord.dispatchInteraction(
      payloads.chatInput("ask", { question: "phare de Cordouan repeint" }, alice),
    );
    expect(embedsOf((await run.discord.waitForReply(found.id)).message)[0]?.title).toContain(
      "Le phare repeint",
    );
  }, 30_000);
});

describe("/reindex when Discord fails the deferred edit", () => {
  let run: RunningGazette;
  let payloads: ReturnType<typeof interactionsFor>;
  const EDIT = { method: "PATCH", path: /\/webhooks\/\d+\/[^/]+\/messages\/@original$/ };

  beforeAll(async () => {
    run = await startGazetteAgainstStandIn();
    payloads = interactionsFor(run.discord);
  });
  afterAll(async () => {
    await run?.stop();
  });

  const reindex = () =>
    run.discord.dispatchInteraction(
      payloads.chatInput("reindex", {}, { ...alice, permissions: MANAGE_GUILD }),
    );

  it("retries the edit and shows the real outcome after four 500s", async () => {
    run.discord.failNext(EDIT, 4);
    const { id } = reindex();
    const { message } = await run.discord.waitForReply(id);
    expect(embedsOf(message)[0]?.title).toBe("Index rebuilt");
    const edits = run.discord.requests.filter(
      (r) => r.method === "PATCH" && r.path.includes("@original"),
    );
    expect(edits.map((r) => r.status).slice(-5)).toEqual([500, 500, 500, 500, 200]);
  }, 20_000);

  it("falls back to a private follow-up when the edit keeps failing, never an apology", async () => {
    run.discord.failNext(EDIT, 10);
    const { id } = reindex();
    const followUp = await run.discord.waitForFollowUp(id);
    expect(embedsOf(followUp)[0]?.title).toBe("Index rebuilt");
    expect(Number(followUp.flags) & 64).toBe(64);
    const said = JSON.stringify(run.discord.requests.filter((r) => r.path.includes(id)));
    expect(said).not.toContain("Sorry");
    expect(run.logs.entries.map((entry) => entry.message)).toContain("reindex reply delayed");
  }, 20_000);
});

describe("/reindex with an article over ARTICLE_MAX_BYTES", () => {
  it("leaves it out before reading it, and the admin sees the file named with the limit", async () => {
    const run = await startGazetteAgainstStandIn({ ARTICLE_MAX_BYTES: "5000" });
    try {
      const payloads = interactionsFor(run.discord);
      const huge = path.join(run.corpusDir, "huge.txt");
      await writeFile(huge, largeArticle(100));
      const { id } = run.discord.dispatchInteraction(
        payloads.chatInput("reindex", {}, { ...alice, permissions: MANAGE_GUILD }),
      );
      const [embed] = embedsOf((await run.discord.waitForReply(id)).message);
      expect(embed?.title).toBe("Index rebuilt");
      expect(embed?.description).toContain(`${huge}: the file is`);
      expect(embed?.description).toContain("over the 4.9 kB limit per article");
      const warned = run.logs.entries.find((entry) => entry.message?.includes("limit per article"));
      expect(warned).toMatchObject({ level: "warn", fields: { file: huge } });
    } finally {
      await run.stop();
    }
  });
});
