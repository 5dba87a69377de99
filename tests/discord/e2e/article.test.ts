import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  alice,
  basile,
  buttonIds,
  interactionsFor,
  MANAGE_GUILD,
  type Member,
} from "../../../src/sandbox/interactions.js";
import {
  type AttachmentFile,
  choicesOf,
  type StoredMessage,
} from "../../../src/sandbox/stand-in.js";
import { type RunningGazette, startGazetteAgainstStandIn } from "./start-gazette.js";

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };
const embedsOf = (message: StoredMessage) => (message.embeds ?? []) as Embed[];
const textOf = (message: StoredMessage) =>
  [
    message.content,
    ...embedsOf(message).flatMap((embed) => [
      embed.title,
      embed.description,
      ...(embed.fields ?? []).map((field) => `${field.name}: ${field.value}`),
    ]),
  ].join("\n");

const admin = (member: Member): Member => ({ ...member, permissions: MANAGE_GUILD });
const camille: Member = { id: "300000000000000003", username: "camille", locale: "en-US" };

const PHARE = `---
title: Le phare de Cordouan repeint en bleu
date: 2024-06-01
---

Le phare de Cordouan a été repeint en bleu par les compagnons du devoir.

Les travaux ont duré trois mois et coûté deux millions d’euros.
`;

describe("/article against the stand-in", () => {
  let run: RunningGazette;
  let payloads: ReturnType<typeof interactionsFor>;

  beforeAll(async () => {
    run = await startGazetteAgainstStandIn({ ARTICLE_DOWNLOAD_TIMEOUT_MS: "400" });
    payloads = interactionsFor(run.discord);
  });
  afterAll(async () => {
    await run?.stop();
  });

  const add = async (
    file: AttachmentFile,
    options: { replace?: boolean; member?: Member } = {},
  ) => {
    const attachment = run.discord.serveAttachment(file);
    const { id } = run.discord.dispatchInteraction(
      payloads.subcommand(
        "article",
        "add",
        { file: attachment, ...(options.replace ? { replace: true } : {}) },
        options.member ?? admin(alice),
      ),
    );
    return { ...(await run.discord.waitForReply(id)), attachment };
  };
  const articleFiles = async () =>
    (await readdir(run.corpusDir)).filter((name) => /\.(txt|md)$/.test(name)).sort();

  it("adds a valid article, answers privately with its id, paragraphs and a question, and /ask finds it", async () => {
    const { message, ephemeral } = await add({ name: "Phare.md", body: PHARE });
    expect(ephemeral).toBe(true);
    const [embed] = embedsOf(message);
    expect(embed?.title).toBe("Article added: Le phare de Cordouan repeint en bleu");
    const fields = Object.fromEntries((embed?.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({ Id: "`phare`", Paragraphs: "2", File: "phare.md" });
    expect(fields.Try).toBe("`/ask question: phare Cordouan repeint bleu`");
    expect(await readFile(path.join(run.corpusDir, "phare.md"), "utf8")).toBe(PHARE);

    const asked = run.discord.dispatchInteraction(
      payloads.chatInput("ask", { question: "phare Cordouan repeint bleu" }, alice),
    );
    expect(embedsOf((await run.discord.waitForReply(asked.id)).message)[0]?.title).toContain(
      "Le phare de Cordouan",
    );
    const entry = run.logs.entries.find((e) => e.message === "article added");
    expect(entry?.fields).toMatchObject({ userId: alice.id, articleId: "phare", action: "add" });
    expect(JSON.stringify(run.logs.entries)).not.toContain(run.discord.token);
  });

  it("accepts a file without front matter: its first line is the title", async () => {
    const { message } = await add({
      name: "marche.txt",
      body: "Le marché de Noël ouvre\n\nLe marché de Noël ouvre vendredi sur la place Kléber.\n",
    });
    expect(embedsOf(message)[0]?.title).toBe("Article added: Le marché de Noël ouvre");
  });

  it("refuses an invalid file with the line and the fix, and writes nothing", async () => {
    const before = await articleFiles();
    const { message } = await add({
      name: "broken.txt",
      body: "---\ntitle: Cassé\ndate: hier\n---\n\nTexte.\n",
    });
    expect(textOf(message)).toContain(
      'broken.txt: front matter "date" is not a date (line 3): write it as YYYY-MM-DD or leave it empty',
    );
    expect(await articleFiles()).toEqual(before);
  });

  it("refuses a file whose declared size is over 1 MB without downloading it", async () => {
    const { message, attachment } = await add({
      name: "big.txt",
      body: "x",
      size: 1024 * 1024 + 1,
    });
    expect(message.content).toContain("over the 1 MB limit per article");
    expect(run.discord.attachments.downloads.get(attachment.id)).toBeUndefined();
  });

  it("cuts off a download larger than its declared size once it passes the limit", async () => {
    const body = `Gros\n\n${"Un paragraphe de remplissage. ".repeat(40_000)}\n`;
    const { message } = await add({ name: "gros.txt", body, size: 10 });
    expect(message.content).toContain("over the 1 MB limit per article");
    expect(await articleFiles()).not.toContain("gros.txt");
  });

  it("refuses a wrong content type, declared or served", async () => {
    const declared = await add({ name: "photo.txt", body: "x", contentType: "image/png" });
    expect(declared.message.content).toContain("content type is `image/png`");
    const served = await add({
      name: "page.txt",
      body: "<html></html>",
      servedContentType: "text/html; charset=utf-8",
    });
    expect(served.message.content).toContain("content type is `text/html; charset=utf-8`");
    const latin1 = await add({
      name: "latin.txt",
      body: "x",
      contentType: "text/plain; charset=iso-8859-1",
    });
    expect(latin1.message.content).toContain("charset=iso-8859-1");
  });

  it("refuses a file that is not UTF-8, naming the line", async () => {
    const bytes = Buffer.concat([
      Buffer.from("Titre\n\nPremière ligne.\n", "utf8"),
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
    ]);
    const { message } = await add({ name: "latin.txt", body: bytes });
    expect(message.content).toContain("not valid UTF-8 (line 4)");
  });

  it("gives up a download that takes longer than ARTICLE_DOWNLOAD_TIMEOUT_MS", async () => {
    const { message } = await add({ name: "lent.txt", body: PHARE, delayMs: 2000 });
    expect(message.content).toContain("took longer than 0.4 s");
  });

  it("refuses a duplicate id unless replace is set, then replaces it", async () => {
    const again = await add({ name: "phare.md", body: PHARE.replace("bleu", "vert") });
    expect(again.message.content).toContain("An article with the id `phare` already exists");
    expect(await readFile(path.join(run.corpusDir, "phare.md"), "utf8")).toBe(PHARE);

    const replaced = await add(
      { name: "phare.md", body: PHARE.replace("repeint en bleu\n", "repeint en vert\n") },
      { replace: true },
    );
    expect(embedsOf(replaced.message)[0]?.title).toBe(
      "Article replaced: Le phare de Cordouan repeint en vert",
    );
    expect(await readFile(path.join(run.corpusDir, "phare.md"), "utf8")).toContain("en vert");
  });

  it("refuses a plain member for add, list and remove, and logs who", async () => {
    const before = await articleFiles();
    const attachment = run.discord.serveAttachment({ name: "x.txt", body: PHARE });
    for (const draft of [
      payloads.subcommand("article", "add", { file: attachment }, camille),
      payloads.subcommand("article", "list", {}, camille),
      payloads.subcommand("article", "remove", { id: "greve-port" }, camille),
    ]) {
      const { id } = run.discord.dispatchInteraction(draft);
      const { message, ephemeral } = await run.discord.waitForReply(id);
      expect(ephemeral).toBe(true);
      expect(message.content).toContain("only server managers (Manage Server)");
    }
    expect(run.discord.attachments.downloads.get(attachment.id)).toBeUndefined();
    expect(await articleFiles()).toEqual(before);
    expect(
      run.logs.entries.filter(
        (entry) =>
          entry.message === "article management refused" &&
          (entry.fields as { userId?: string }).userId === camille.id,
      ),
    ).toHaveLength(3);
  });

  it("lists the articles with their id, date and paragraphs", async () => {
    const { id } = run.discord.dispatchInteraction(
      payloads.subcommand("article", "list", {}, admin(alice)),
    );
    const { message } = await run.discord.waitForReply(id);
    const [embed] = embedsOf(message);
    expect(embed?.title).toBe("Articles (4)");
    expect(embed?.description).toContain("`greve-port` · 2024-05-02 · 3 paragraphs");
    expect(embed?.description).toContain("**Le phare de Cordouan repeint en vert**");
  });

  it("autocompletes the id to remove on ids and titles", async () => {
    const { id } = run.discord.dispatchInteraction(
      payloads.autocomplete("article", "id", { id: "marché" }, admin(alice), "remove"),
    );
    expect(choicesOf(await run.discord.waitForCallback(id))).toEqual([
      { name: "Le marché de Noël ouvre", value: "marche" },
    ]);
  });

  it("removes an article only once its admin confirms; cancel and someone else's click change nothing", async () => {
    const ask = async () => {
      const { id } = run.discord.dispatchInteraction(
        payloads.subcommand("article", "remove", { id: "marche" }, admin(alice)),
      );
      return (await run.discord.waitForReply(id)).message;
    };
    const first = await ask();
    expect(first.content).toContain("Remove **Le marché de Noël ouvre** (`marche`)?");
    const [confirm, cancel] = buttonIds(first);

    const intruder = run.discord.dispatchInteraction(
      payloads.button(confirm ?? "", first, admin(basile)),
    );
    expect((await run.discord.waitForReply(intruder.id)).message.content).toContain(
      "Seul l’administrateur qui a demandé",
    );
    const cancelled = run.discord.dispatchInteraction(
      payloads.button(cancel ?? "", first, admin(alice)),
    );
    expect((await run.discord.waitForReply(cancelled.id)).message.content).toContain(
      "Cancelled: nothing was removed.",
    );
    expect(await articleFiles()).toContain("marche.txt");

    const second = await ask();
    const [yes] = buttonIds(second);
    const confirmed = run.discord.dispatchInteraction(
      payloads.button(yes ?? "", second, admin(alice)),
    );
    const done = await run.discord.waitForReply(confirmed.id);
    expect(done.message.content).toContain("Removed **Le marché de Noël ouvre** (`marche`)");
    expect(done.message.components).toEqual([]);
    expect(await articleFiles()).not.toContain("marche.txt");
    expect(run.gazette.live.corpus.articles.map((article) => article.id)).not.toContain("marche");

    const reused = run.discord.dispatchInteraction(
      payloads.button(yes ?? "", second, admin(alice)),
    );
    expect((await run.discord.waitForReply(reused.id)).message.content).toContain(
      "This confirmation has expired",
    );
  });

  it("keeps every file when admins add articles at the same time", async () => {
    const count = 6;
    const replies = await Promise.all(
      Array.from({ length: count }, (_, n) =>
        add({
          name: `lot-${n}.txt`,
          body: `Lot numéro ${n}\n\nLe lot ${n} de la vente aux enchères a trouvé preneur.\n`,
        }),
      ),
    );
    for (const reply of replies)
      expect(embedsOf(reply.message)[0]?.title).toMatch(/^Article added/);
    const files = await articleFiles();
    for (let n = 0; n < count; n++) expect(files).toContain(`lot-${n}.txt`);
    expect((await readdir(run.corpusDir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    const served = run.gazette.live.corpus.articles.map((article) => article.id);
    for (let n = 0; n < count; n++) expect(served).toContain(`lot-${n}`);
  });

  it("opens a form without a file, and adds the article the form describes", async () => {
    const { id } = run.discord.dispatchInteraction(
      payloads.subcommand("article", "add", {}, admin(alice)),
    );
    const callback = await run.discord.waitForCallback(id);
    expect(callback.type).toBe(9);
    const modal = (callback as { data: { custom_id: string; components: unknown[] } }).data;
    expect(modal.custom_id).toBe("article:modal");
    expect(modal.components).toHaveLength(4);

    const submitted = run.discord.dispatchInteraction(
      payloads.modalSubmit(
        modal.custom_id,
        {
          title: "La passerelle rouverte",
          date: "2024-07-14",
          source: "",
          text: "La passerelle Simone-de-Beauvoir a rouvert aux piétons.\n\nElle était fermée depuis mars.",
        },
        admin(alice),
      ),
    );
    const { message, ephemeral } = await run.discord.waitForReply(submitted.id);
    expect(ephemeral).toBe(true);
    expect(embedsOf(message)[0]?.title).toBe("Article added: La passerelle rouverte");
    expect(
      await readFile(path.join(run.corpusDir, "la-passerelle-rouverte.txt"), "utf8"),
    ).toContain("date: 2024-07-14");
  });

  it("opens the form from an `article:add:<text>` button, the title filled in", async () => {
    const listed = run.discord.dispatchInteraction(
      payloads.subcommand("article", "list", {}, admin(alice)),
    );
    const { message } = await run.discord.waitForReply(listed.id);
    const { id } = run.discord.dispatchInteraction(
      payloads.button("article:add:grève des éboueurs", message, admin(alice)),
    );
    const callback = await run.discord.waitForCallback(id);
    expect(callback.type).toBe(9);
    expect(JSON.stringify(callback)).toContain('"value":"grève des éboueurs"');
  });

  it("answers a form of a command that has no form handler as expired", async () => {
    const { id } = run.discord.dispatchInteraction(
      payloads.modalSubmit("ask:form", { question: "grève" }, admin(alice)),
    );
    const { message, ephemeral } = await run.discord.waitForReply(id);
    expect(ephemeral).toBe(true);
    expect(message.content).toContain("This button has expired");
  });

  it("refuses a form submitted by a plain member", async () => {
    const { id } = run.discord.dispatchInteraction(
      payloads.modalSubmit(
        "article:modal",
        { title: "Intrus", date: "", source: "", text: "Rien." },
        camille,
      ),
    );
    expect((await run.discord.waitForReply(id)).message.content).toContain(
      "only server managers (Manage Server)",
    );
    expect(await articleFiles()).not.toContain("intrus.txt");
  });

  it("pages through more than 10 articles with Previous/Next buttons", async () => {
    await add({ name: "onze.txt", body: "Le onzième\n\nUn onzième article.\n" });
    const { id } = run.discord.dispatchInteraction(
      payloads.subcommand("article", "list", {}, admin(alice)),
    );
    const first = (await run.discord.waitForReply(id)).message;
    const total = run.gazette.live.corpus.articles.length;
    expect(total).toBeGreaterThan(10);
    expect(embedsOf(first)[0]?.title).toBe(`Articles (${total})`);
    expect(JSON.stringify(first.embeds)).toContain('"text":"Page 1 of 2"');
    expect(buttonIds(first)).toEqual(["article:list:0", "article:list:2"]);

    const next = run.discord.dispatchInteraction(
      payloads.button("article:list:2", first, admin(alice)),
    );
    const second = (await run.discord.waitForReply(next.id)).message;
    expect(JSON.stringify(second.embeds)).toContain('"text":"Page 2 of 2"');
    expect((embedsOf(second)[0]?.description ?? "").split("\n")).toHaveLength(2 * (total - 10));
  });
});
