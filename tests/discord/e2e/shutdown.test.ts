import { rm } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { alice, basile, interactionsFor } from "../../../src/sandbox/interactions.js";
import type { RecordedRequest } from "../../../src/sandbox/stand-in.js";
import { startGazetteAgainstStandIn } from "./start-gazette.js";

const EPHEMERAL = 64;

describe("a Gazette shutting down", () => {
  it("delivers the reply in flight and tells whoever asks meanwhile to ask again", async () => {
    const run = await startGazetteAgainstStandIn();
    try {
      const payloads = interactionsFor(run.discord);
      // The first reply is held in flight: Discord answers its first attempt 429, retry after 1 s.
      run.discord.rateLimitNext({ method: "POST", path: /\/callback$/ }, 1);
      const inFlight = run.discord.dispatchInteraction(
        payloads.chatInput("ask", { question: "grève des dockers" }, alice),
      );
      await run.discord.waitForRequest(
        (r: RecordedRequest) => r.status === 429 && r.path.includes(inFlight.id),
      );
      const stopped = run.gazette.stop();

      const late = run.discord.dispatchInteraction(
        payloads.chatInput("ask", { question: "musée" }, basile),
      );
      const typing = run.discord.dispatchInteraction(
        payloads.autocomplete("summary", "article", { article: "gr" }, alice),
      );
      const lateEn = run.discord.dispatchInteraction(payloads.chatInput("reindex", {}, alice));
      const forgedDraft = payloads.chatInput("ask", { question: "x" }, alice);
      const forged = run.discord.dispatchInteraction({
        ...forgedDraft,
        data: { ...forgedDraft.data, options: [{ name: "question", type: 3, value: 7 }] },
      } as unknown as typeof forgedDraft);
      expect(await run.discord.waitForCallback(late.id)).toEqual({
        type: 4,
        data: expect.objectContaining({
          content: "Gazette redémarre, reposez votre question dans quelques secondes.",
          flags: EPHEMERAL,
          allowed_mentions: { parse: [] },
        }),
      });
      expect(await run.discord.waitForCallback(lateEn.id)).toMatchObject({
        type: 4,
        data: { content: "Gazette is restarting, ask again in a few seconds." },
      });
      expect(await run.discord.waitForCallback(typing.id)).toEqual({
        type: 8,
        data: { choices: [] },
      });
      expect(await run.discord.waitForCallback(forged.id)).toMatchObject({
        type: 4,
        data: { content: expect.stringContaining("could not read this request") },
      });
      await stopped;
      const { message } = await run.discord.waitForReply(inFlight.id);
      expect(message.content).toContain("grève des dockers");
      expect(run.logs.entries.map((entry) => entry.message)).not.toContain("reindex requested");
    } finally {
      await rm(run.corpusDir, { recursive: true, force: true });
      await run.discord.close();
    }
  }, 20_000);
});
