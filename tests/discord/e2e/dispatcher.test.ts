import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alice, basile, interactionsFor } from "../../../src/sandbox/interactions.js";
import { type RunningGazette, startGazetteAgainstStandIn } from "./start-gazette.js";

/** The dispatcher's error boundary, through the real client, with a command failing on purpose. */
describe("the dispatcher's error boundary", () => {
  let run: RunningGazette;
  let payloads: ReturnType<typeof interactionsFor>;

  beforeAll(async () => {
    run = await startGazetteAgainstStandIn(
      { COOLDOWN_SECONDS: "30", COOLDOWN_BURST: "2" },
      { commandsDir: new URL("../fixtures/failing/", import.meta.url) },
    );
    payloads = interactionsFor(run.discord);
  });
  afterAll(async () => {
    await run?.stop();
  });

  const fail = (how: string, member = alice) =>
    run.discord.dispatchInteraction(payloads.chatInput("fail", { how }, member));

  it("logs an unexpected error and apologises privately, in the user's language", async () => {
    const { id } = fail("crash", basile);
    const { message, ephemeral } = await run.discord.waitForReply(id);
    expect(ephemeral).toBe(true);
    expect(message.content).toBe(
      "Désolé, une erreur est survenue de mon côté. Réessayez dans un instant.",
    );
    const logged = run.logs.entries.find((entry) => entry.message === "interaction failed");
    expect(logged?.level).toBe("error");
    expect(logged?.fields).toMatchObject({ command: "fail", interactionId: id });
  });

  it("keeps what the user typed out of the logs above debug level, errors and bodies included", async () => {
    const before = run.logs.entries.length;
    const typed = "echo la météo secrète de Brest";
    await run.discord.waitForReply(fail(typed).id);
    run.discord.failNext({ method: "POST", path: /\/callback$/ }, 4);
    const question = "grève très confidentielle des dockers";
    const asked = run.discord.dispatchInteraction(
      payloads.chatInput("ask", { question }, { ...alice, id: "5" }),
    );
    expect((await run.discord.waitForReply(asked.id)).message.content).toContain("Sorry");
    const logged = run.logs.entries.slice(before).filter((entry) => entry.level !== "debug");
    expect(logged.filter((entry) => entry.message === "interaction failed")).toHaveLength(2);
    const text = inspect(logged, { depth: 20 });
    expect(text).not.toContain("météo secrète");
    expect(text).not.toContain("très confidentielle");
    expect(text).toContain("could not understand [redacted]");
  });

  it("shows a user-facing error as written, without logging it as a failure", async () => {
    const before = run.logs.entries.length;
    const { message } = await run.discord.waitForReply(fail("user").id);
    expect(message.content).toBe("That article is archived.");
    expect(run.logs.entries.slice(before).some((e) => e.message === "interaction failed")).toBe(
      false,
    );
  });

  it("edits a deferred reply, and follows up after a reply", async () => {
    const deferred = fail("deferred");
    const edited = await run.discord.waitForReply(deferred.id);
    expect(edited.message.content).toContain("Sorry, something went wrong");

    const replied = fail("replied");
    expect((await run.discord.waitForReply(replied.id)).message.content).toBe("partial");
    const followUp = await run.discord.waitForFollowUp(replied.id);
    expect(followUp.content).toContain("Sorry, something went wrong");
    expect(Number(followUp.flags) & 64).toBe(64);
  });

  it("answers a failing autocomplete with no choice", async () => {
    const { id } = run.discord.dispatchInteraction(
      payloads.autocomplete("fail", "how", { how: "x" }, alice),
    );
    expect(await run.discord.waitForCallback(id)).toEqual({ type: 8, data: { choices: [] } });
  });

  it("tells a user of an unknown (stale) command that it is gone", async () => {
    const { id } = run.discord.dispatchInteraction(payloads.chatInput("gone", {}, alice));
    const { message, ephemeral } = await run.discord.waitForReply(id);
    expect([message.content, ephemeral]).toEqual(["This command is not available any more.", true]);
  });

  it("lets a user ask COOLDOWN_BURST questions per window, then says how long to wait", async () => {
    const ask = (question: string, member = basile) =>
      run.discord.dispatchInteraction(payloads.chatInput("ask", { question }, member));
    for (const question of ["grève", "musée"]) {
      expect((await run.discord.waitForReply(ask(question).id)).ephemeral).toBe(false);
    }
    const third = ask("navires");
    const { message, ephemeral } = await run.discord.waitForReply(third.id);
    expect(ephemeral).toBe(true);
    expect(message.content).toMatch(
      /^Vous avez posé 2 questions en moins de 30 s : réessayez dans (29|30) s\.$/,
    );
    const other = ask("navires", alice);
    expect((await run.discord.waitForReply(other.id)).ephemeral).toBe(false);
  });

  it("keeps serving after all of that", async () => {
    const { id } = run.discord.dispatchInteraction(
      payloads.chatInput("ask", { question: "musée", private: true }, { ...alice, id: "3" }),
    );
    expect((await run.discord.waitForReply(id)).message.embeds).toHaveLength(1);
  });
});
