import { appendFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { choicesOf, type StoredMessage } from "../../../src/sandbox/stand-in.js";
import {
  ADMINISTRATOR,
  alice,
  basile,
  buttonIds,
  interactionsFor,
  MANAGE_GUILD,
  type Member,
} from "../../../src/sandbox/interactions.js";
import { type RunningGazette, startGazetteAgainstStandIn } from "./start-gazette.js";

const EPHEMERAL = 64;
const operator: Member = { id: "300000000000000009", username: "operator", locale: "en-GB" };

const embedsOf = (message: StoredMessage) =>
  (message.embeds ?? []) as { title?: string; description?: string; fields?: unknown[] }[];

describe("Gazette against a Discord stand-in", () => {
  let run: RunningGazette;
  let payloads: ReturnType<typeof interactionsFor>;

  beforeAll(async () => {
    run = await startGazetteAgainstStandIn({ ADMIN_USER_IDS: operator.id });
    payloads = interactionsFor(run.discord);
  });
  afterAll(async () => {
    await run?.stop();
  });

  const ask = (options: Record<string, string | number | boolean>, member: Member = alice) =>
    run.discord.dispatchInteraction(payloads.chatInput("ask", options, member));

  it("connects as in production: gateway from /gateway/bot, identify, ready", () => {
    expect(run.discord.gateway.identifies).toBe(1);
    expect(run.discord.requests.some((r) => r.path === "/gateway/bot")).toBe(true);
    const messages = run.logs.entries.map((entry) => entry.message);
    expect(messages).toEqual(expect.arrayContaining(["corpus loaded", "index built", "ready"]));
    const invite = run.logs.entries.find((entry) => "inviteUrl" in entry.fields);
    expect(String((invite?.fields as { inviteUrl?: string } | undefined)?.inviteUrl)).toContain(
      "scope=bot+applications.commands",
    );
  });

  it("/ask answers at once with the passage, the words in bold, the citation and the source", async () => {
    const { id } = ask({ question: "grève des dockers" });
    const callback = await run.discord.waitForCallback(id);
    expect(callback.type).toBe(4);
    const { message, ephemeral } = await run.discord.waitForReply(id);
    expect(ephemeral).toBe(false);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.content).toContain("**Question:** grève des dockers");
    const [embed] = embedsOf(message);
    expect(embed?.title).toBe("Grève au port de Marseille · §1");
    expect(embed?.description).toContain("**dockers**");
    expect(embed?.description).toContain("**grève**");
    expect(embed?.description).toContain("<https://example.org/greve>");
  });

  it("/ask without an answer says so privately, with the closest terms", async () => {
    const { id } = ask({ question: "la météo à Bordeaux demain" });
    const { message, ephemeral } = await run.discord.waitForReply(id);
    expect(ephemeral).toBe(true);
    expect(message.content).toContain("do not cover");
    expect(message.embeds ?? []).toEqual([]);
  });

  it("/ask pages further with the 'more results' button", async () => {
    const { id } = ask({ question: "Marseille port navires ministre", results: 1 });
    const first = (await run.discord.waitForReply(id)).message;
    const [more] = buttonIds(first);
    expect(more).toMatch(/^ask:more:[\w-]+:1$/);

    const click = run.discord.dispatchInteraction(payloads.button(String(more), first, alice));
    const second = await run.discord.waitForReply(click.id);
    expect(second.ephemeral).toBe(false);
    expect(second.message.content).toContain("result 2");
    expect(embedsOf(second.message)[0]?.title).not.toBe(embedsOf(first)[0]?.title);
  });

  it("someone else paging a public answer sees the next page privately", async () => {
    const { id } = ask({ question: "Marseille port navires ministre", results: 1 });
    const first = (await run.discord.waitForReply(id)).message;
    const click = run.discord.dispatchInteraction(
      payloads.button(String(buttonIds(first)[0]), first, basile),
    );
    const page = await run.discord.waitForReply(click.id);
    expect(page.ephemeral).toBe(true);
    expect(page.message.content).toContain("résultat 2");
  });

  it("/ask private answers ephemerally, and its share button posts it in the channel", async () => {
    const { id } = ask({ question: "restauration du musée", private: true });
    const answer = await run.discord.waitForReply(id);
    expect(answer.ephemeral).toBe(true);
    const share = buttonIds(answer.message).find((custom) => custom.startsWith("ask:share:"));
    expect(share).toBeDefined();

    const message = { ...answer.message, flags: EPHEMERAL };
    const click = run.discord.dispatchInteraction(payloads.button(String(share), message, alice));
    const shared = await run.discord.waitForReply(click.id);
    expect(shared.ephemeral).toBe(false);
    expect(shared.message.content).toContain(`Shared by <@${alice.id}>`);
    expect(embedsOf(shared.message)[0]?.description).toEqual(
      embedsOf(answer.message)[0]?.description,
    );
    expect(buttonIds(shared.message).some((custom) => custom.startsWith("ask:share:"))).toBe(false);
  });

  it("an expired or unknown button answers kindly instead of failing", async () => {
    const { id } = ask({ question: "grève" });
    const first = (await run.discord.waitForReply(id)).message;
    const click = run.discord.dispatchInteraction(
      payloads.button("ask:more:gone000000:3", first, alice),
    );
    const reply = await run.discord.waitForReply(click.id);
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toContain("expired");
  });

  it("/ask autocompletes the question, also from an empty input", async () => {
    for (const partial of ["dock", ""]) {
      const { id } = run.discord.dispatchInteraction(
        payloads.autocomplete("ask", "question", { question: partial }, alice),
      );
      const callback = await run.discord.waitForCallback(id);
      expect(callback.type).toBe(8);
      const choices = choicesOf(callback) as { name: string; value: string }[];
      expect(choices.length).toBeLessThanOrEqual(25);
      if (partial) expect(choices.some((choice) => choice.value.includes("dock"))).toBe(true);
    }
  });

  it("answers a French user in French and an English user in English", async () => {
    const french = ask({ question: "la météo à Bordeaux" }, basile);
    const english = ask({ question: "la météo à Bordeaux" }, alice);
    expect((await run.discord.waitForReply(french.id)).message.content).toContain(
      "ne traitent pas",
    );
    expect((await run.discord.waitForReply(english.id)).message.content).toContain("do not cover");
  });

  it("/summary summarizes the chosen article, each sentence citing its paragraph", async () => {
    const { id } = run.discord.dispatchInteraction(
      payloads.chatInput("summary", { article: "greve-port", length: "short" }, basile),
    );
    const { message, ephemeral } = await run.discord.waitForReply(id);
    expect(ephemeral).toBe(false);
    const [embed] = embedsOf(message);
    expect(embed?.title).toBe("Grève au port de Marseille");
    const lines = String(embed?.description)
      .split("\n")
      .filter((line) => line.startsWith("•"));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/\[§\d+\]$/);
  });

  it("/summary without an article among several asks to choose, privately", async () => {
    const { id } = run.discord.dispatchInteraction(payloads.chatInput("summary", {}, alice));
    const { message, ephemeral } = await run.discord.waitForReply(id);
    expect(ephemeral).toBe(true);
    expect(message.content).toContain("Several articles");
  });

  it("/summary autocompletes articles (title shown, id sent) and topics", async () => {
    const articles = run.discord.dispatchInteraction(
      payloads.autocomplete("summary", "article", { article: "musée" }, alice),
    );
    const articleChoices = {
      choices: choicesOf(await run.discord.waitForCallback(articles.id)),
    };
    expect(articleChoices.choices[0]).toEqual({
      name: "Le musée des Beaux-Arts de Lyon rouvre ses portes",
      value: "musee-lyon",
    });
    const topics = run.discord.dispatchInteraction(
      payloads.autocomplete("summary", "topic", { article: "greve-port", topic: "" }, alice),
    );
    const callback = await run.discord.waitForCallback(topics.id);
    expect(callback.type).toBe(8);
  });

  it("/reindex by a plain member is refused politely and nothing happens", async () => {
    const before = run.logs.entries.length;
    const { id } = run.discord.dispatchInteraction(payloads.chatInput("reindex", {}, alice));
    const { message, ephemeral } = await run.discord.waitForReply(id);
    expect(ephemeral).toBe(true);
    expect(message.content).toContain("only server managers");
    const after = run.logs.entries.slice(before).map((entry) => entry.message);
    expect(after).toContain("reindex refused");
    expect(after).not.toContain("reindex done");
  });

  it("/reindex by a server manager rebuilds and reports the figures and the diff", async () => {
    await appendFile(
      path.join(run.corpusDir, "greve-port.txt"),
      "\nLes syndicats annoncent une nouvelle manifestation vendredi.\n",
    );
    const { id } = run.discord.dispatchInteraction(
      payloads.chatInput("reindex", {}, { ...alice, permissions: MANAGE_GUILD }),
    );
    expect((await run.discord.waitForCallback(id)).type).toBe(5);
    const { message, ephemeral } = await run.discord.waitForReply(id);
    expect(ephemeral).toBe(true);
    const [embed] = embedsOf(message);
    expect(embed?.title).toBe("Index rebuilt");
    expect(embed?.description).toBe("1 passage added, 0 removed, 0 changed");
    expect(JSON.stringify(embed?.fields)).toContain("greve-port#4");
    const requested = run.logs.entries.find((entry) => entry.message === "reindex requested");
    expect(requested?.fields).toMatchObject({ userId: alice.id, username: alice.username });

    const found = ask({ question: "manifestation des syndicats vendredi" });
    expect(embedsOf((await run.discord.waitForReply(found.id)).message)[0]?.title).toContain("§4");
  });

  it("/reindex with one broken article serves the others and lists the broken one, with its line and fix", async () => {
    const broken = path.join(run.corpusDir, "broken.txt");
    await writeFile(broken, "---\ntitle:\n---\n\nTexte.\n");
    const { id } = run.discord.dispatchInteraction(
      payloads.chatInput("reindex", {}, { ...basile, permissions: ADMINISTRATOR }),
    );
    const [embed] = embedsOf((await run.discord.waitForReply(id)).message);
    expect(embed?.title).toBe("Index reconstruit");
    expect(embed?.description).toContain("Laissé de côté car invalide (1 ; tous les autres");
    expect(embed?.description).toContain(
      `${broken}: front matter "title" is missing or empty (line 2)`,
    );
    const warned = run.logs.entries.find((entry) => entry.message?.startsWith("left out of"));
    expect(warned?.level).toBe("warn");
    expect(warned?.fields).toMatchObject({ file: broken, line: 2 });
    expect(run.gazette.library.leftOut).toHaveLength(1);

    const found = ask({ question: "grève des dockers" });
    expect(embedsOf((await run.discord.waitForReply(found.id)).message)).not.toHaveLength(0);
    await rm(broken);
  });

  it("/reindex when no article is valid keeps the previous index serving and says what is wrong", async () => {
    const articles = ["greve-port.txt", "musee-lyon.txt"].map((name) =>
      path.join(run.corpusDir, name),
    );
    for (const file of articles) await rename(file, `${file}.off`);
    await writeFile(path.join(run.corpusDir, "broken.txt"), "---\ntitle:\n---\n\nTexte.\n");
    const generation = run.gazette.library.generation;
    try {
      const { id } = run.discord.dispatchInteraction(
        payloads.chatInput("reindex", {}, { ...basile, permissions: ADMINISTRATOR }),
      );
      const [embed] = embedsOf((await run.discord.waitForReply(id)).message);
      expect(embed?.title).toBe("La réindexation a échoué");
      expect(embed?.description).toContain("L’index précédent reste en service (2 articles");
      expect(embed?.description).toContain("broken.txt");
      expect(run.gazette.library.generation).toBe(generation);
    } finally {
      await rm(path.join(run.corpusDir, "broken.txt"));
      for (const file of articles) await rename(`${file}.off`, file);
    }
  });

  it("/reindex by a user listed in ADMIN_USER_IDS is allowed without Manage Server", async () => {
    const { id } = run.discord.dispatchInteraction(payloads.chatInput("reindex", {}, operator));
    const [embed] = embedsOf((await run.discord.waitForReply(id)).message);
    expect(embed?.title).toBe("Index rebuilt");
  });

  it("resumes after the gateway drops mid-run and still answers", async () => {
    const resumed = run.discord.waitForResume();
    run.discord.dropGateway();
    const { id } = ask({ question: "grève des dockers" });
    await resumed;
    expect(run.discord.gateway.resumes).toBeGreaterThanOrEqual(1);
    expect(run.discord.gateway.identifies).toBe(1);
    expect((await run.discord.waitForReply(id)).message.content).toContain("grève des dockers");
  });

  it("retries a callback answered 429 with retry_after, and the reply still arrives", async () => {
    run.discord.rateLimitNext({ method: "POST", path: /\/callback$/ }, 0.2);
    const { id } = ask({ question: "restauration du musée" });
    const { message } = await run.discord.waitForReply(id);
    expect(embedsOf(message)[0]?.title).toContain("musée");
    const attempts = run.discord.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    const [limited, retried] = attempts;
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(190);
  });

  it("never logs the token", () => {
    expect(JSON.stringify(run.logs.entries)).not.toContain(run.discord.token);
  });
});
