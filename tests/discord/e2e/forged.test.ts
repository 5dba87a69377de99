import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  alice,
  basile,
  interactionsFor,
  MANAGE_GUILD,
  type InteractionDraft,
} from "../../../src/sandbox/interactions.js";
import { type RunningGazette, startGazetteAgainstStandIn } from "./start-gazette.js";

const EPHEMERAL = 64;

describe("forged interaction payloads", () => {
  let run: RunningGazette;
  let payloads: ReturnType<typeof interactionsFor>;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => void rejections.push(reason);

  beforeAll(async () => {
    process.on("unhandledRejection", onRejection);
    run = await startGazetteAgainstStandIn();
    payloads = interactionsFor(run.discord);
  });
  afterAll(async () => {
    await run?.stop();
    process.off("unhandledRejection", onRejection);
    expect(rejections).toEqual([]);
  });

  const forge = (draft: unknown) => run.discord.dispatchInteraction(draft as InteractionDraft);

  it.each([["-1"], ["0x20"], [" 32 "], ["ManageGuild"], ["Administrator"], [2 ** 64 - 1]])(
    "reads permissions %j as no permission: /reindex is refused",
    async (permissions) => {
      const draft = payloads.chatInput("reindex", {}, alice);
      const { id } = forge({ ...draft, member: { ...draft.member, permissions } });
      const { message, ephemeral } = await run.discord.waitForReply(id);
      expect(ephemeral).toBe(true);
      expect(message.content).toContain("only server managers");
    },
  );

  it("still lets a strict decimal Manage Server bitfield reindex", async () => {
    const { id } = run.discord.dispatchInteraction(
      payloads.chatInput("reindex", {}, { ...alice, permissions: MANAGE_GUILD }),
    );
    const { message } = await run.discord.waitForReply(id);
    expect((message.embeds ?? [])[0]?.title).toBe("Index rebuilt");
  });

  it("answers an option of the wrong type privately and in the user's language", async () => {
    const draft = payloads.chatInput("ask", { question: "grève" }, basile);
    const { id } = forge({
      ...draft,
      data: { ...draft.data, options: [{ name: "question", type: 3, value: 42 }] },
    });
    const callback = await run.discord.waitForCallback(id);
    expect(callback).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(JSON.stringify(callback)).toContain("Gazette n’a pas pu lire cette demande");
    const warned = run.logs.entries.find((entry) => entry.message === "unreadable interaction");
    expect(warned?.fields).toMatchObject({ interactionId: id });
  });

  it("answers a component without data privately", async () => {
    const ask = run.discord.dispatchInteraction(
      payloads.chatInput("ask", { question: "grève des dockers", results: 1 }, alice),
    );
    const { message } = await run.discord.waitForReply(ask.id);
    const draft = payloads.button("ask:more:x:1", message, alice);
    const { data: _data, ...withoutData } = draft;
    const { id } = forge(withoutData);
    const callback = await run.discord.waitForCallback(id);
    expect(callback).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(JSON.stringify(callback)).toContain("could not read this request");
  });

  it("answers a modal submit whose fields are malformed privately", async () => {
    const draft = payloads.modalSubmit("article:modal", { title: "T" }, alice);
    const { id } = forge({ ...draft, data: { custom_id: "article:modal", components: [null] } });
    const callback = await run.discord.waitForCallback(id);
    expect(callback).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(JSON.stringify(callback)).toContain("could not read this request");
  });

  it("answers a malformed autocomplete with no choices", async () => {
    const draft = payloads.autocomplete("summary", "article", { article: "gr" }, alice);
    const { id } = forge({ ...draft, data: { ...draft.data, options: "article" } });
    expect(await run.discord.waitForCallback(id)).toMatchObject({ type: 8, data: { choices: [] } });
  });

  it("ignores what cannot be answered (no token) without a crash, and keeps answering", async () => {
    forge({ type: 2, data: null, token: "" });
    const { id } = run.discord.dispatchInteraction(
      payloads.chatInput("ask", { question: "grève des dockers" }, alice),
    );
    expect((await run.discord.waitForReply(id)).message.content).toContain("grève des dockers");
  });
});
