import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StoredMessage } from "../../../src/sandbox/stand-in.js";
import {
  alice,
  basile,
  buttonIds,
  interactionsFor,
  MANAGE_GUILD,
} from "../../../src/sandbox/interactions.js";
import { LIGHTHOUSE, type RunningGazette, startGazetteAgainstStandIn } from "./start-gazette.js";

const embedsOf = (message: StoredMessage) =>
  (message.embeds ?? []) as { title?: string; description?: string }[];

describe("two shards in one process (SHARD_COUNT=auto, SHARDING_MODE=internal)", () => {
  let run: RunningGazette;
  const builders = () =>
    run.discord.guilds.map(({ guild }) => interactionsFor(run.discord, { guildId: guild.id }));

  beforeAll(async () => {
    run = await startGazetteAgainstStandIn(
      { SHARD_COUNT: "auto", SHARDING_MODE: "internal" },
      { standIn: { shards: 2 } },
    );
  });
  afterAll(async () => {
    await run?.stop();
  });

  it("identifies both shards Discord recommends, each on its own connection, and is ready on both", () => {
    const shards = run.discord.identified.map((record) => record.shard).sort();
    expect(shards).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const connections = new Set(run.discord.identified.map((record) => record.connection));
    expect(connections.size).toBe(2);
    const client = run.gazette.bot.client;
    expect([...client.ws.shards.keys()].sort()).toEqual([0, 1]);
    expect(client.guilds.cache.size).toBe(2);
  });

  it("answers an interaction of each server, delivered on that server's shard", async () => {
    for (const [index, payloads] of builders().entries()) {
      const { id, shard } = run.discord.dispatchInteraction(
        payloads.chatInput("ask", { question: "grève des dockers" }, alice),
      );
      expect(shard).toBe(index);
      const { message } = await run.discord.waitForReply(id);
      expect(embedsOf(message)[0]?.title).toBe("Grève au port de Marseille · §1");
    }
  });

  it("pages with the button of an answer given on the second shard", async () => {
    const payloads = builders()[1]!;
    const { id } = run.discord.dispatchInteraction(
      payloads.chatInput("ask", { question: "Marseille port navires ministre", results: 1 }, alice),
    );
    const first = (await run.discord.waitForReply(id)).message;
    const click = run.discord.dispatchInteraction(
      payloads.button(String(buttonIds(first)[0]), first, basile),
    );
    expect(click.shard).toBe(1);
    const page = await run.discord.waitForReply(click.id);
    expect(page.message.content).toContain("résultat 2");
  });

  it("/reindex on shard 0 swaps the index of shard 1 too, and says 2 of 2 shards serve it", async () => {
    const [first, second] = builders();
    await writeFile(path.join(run.corpusDir, "phare.txt"), LIGHTHOUSE);
    const reindex = run.discord.dispatchInteraction(
      first!.chatInput("reindex", {}, { ...alice, permissions: MANAGE_GUILD }),
    );
    expect(reindex.shard).toBe(0);
    const { message } = await run.discord.waitForReply(reindex.id);
    expect(embedsOf(message)[0]?.description).toContain("Served by 2 of 2 shards.");

    const ask = run.discord.dispatchInteraction(
      second!.chatInput("ask", { question: "phare de Cordouan repeint" }, alice),
    );
    expect(ask.shard).toBe(1);
    const answer = await run.discord.waitForReply(ask.id);
    expect(embedsOf(answer.message)[0]?.title).toMatch(/^Le phare repeint/);
  });
});
