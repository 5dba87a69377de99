import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alice, interactionsFor } from "../../../src/sandbox/interactions.js";
import { type RunningGazette, startGazetteAgainstStandIn } from "./start-gazette.js";

const DEFERRED_CHANNEL_MESSAGE = 5;
const EPHEMERAL = 64;

describe("/ask on an index above DEFER_ABOVE_PASSAGES", () => {
  let run: RunningGazette;
  let payloads: ReturnType<typeof interactionsFor>;

  beforeAll(async () => {
    // The fixture corpus holds a handful of passages: a threshold of 1 makes every /ask defer.
    run = await startGazetteAgainstStandIn({ DEFER_ABOVE_PASSAGES: "1" });
    payloads = interactionsFor(run.discord);
  });
  afterAll(async () => {
    await run?.stop();
  });

  it("acknowledges first, then delivers the answer by editing the deferred reply", async () => {
    const { id } = run.discord.dispatchInteraction(
      payloads.chatInput("ask", { question: "grève des dockers" }, alice),
    );
    const callback = await run.discord.waitForCallback(id);
    expect(callback.type).toBe(DEFERRED_CHANNEL_MESSAGE);
    const { message, ephemeral } = await run.discord.waitForReply(id);
    expect(ephemeral).toBe(false);
    expect(message.content).toContain("**Question:** grève des dockers");
    expect(message.allowed_mentions).toEqual({ parse: [] });
    const [embed] = (message.embeds ?? []) as { title?: string }[];
    expect(embed?.title).toBe("Grève au port de Marseille · §1");
  });

  it("keeps a private question private when it defers", async () => {
    const { id } = run.discord.dispatchInteraction(
      payloads.chatInput("ask", { question: "restauration du musée", private: true }, alice),
    );
    const callback = await run.discord.waitForCallback(id);
    expect(callback.type).toBe(DEFERRED_CHANNEL_MESSAGE);
    expect((callback as { data?: { flags?: number } }).data?.flags).toBe(EPHEMERAL);
    const { message, ephemeral } = await run.discord.waitForReply(id);
    expect(ephemeral).toBe(true);
    expect(message.embeds?.length).toBeGreaterThan(0);
  });
});
