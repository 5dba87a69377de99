import { afterEach, describe, expect, it } from "vitest";
import { clientShardOptions, TokenRefusedError } from "../../src/discord/bot.js";
import { recommendedShardCount } from "../../src/discord/sharding.js";
import { type DiscordStandIn, startDiscordStandIn } from "../../src/sandbox/stand-in.js";

let discord: DiscordStandIn | null = null;
afterEach(async () => {
  await discord?.close();
  discord = null;
});

describe("clientShardOptions", () => {
  it("lets discord.js read SHARDS and SHARD_COUNT in a ShardingManager's child", () => {
    expect(clientShardOptions({ shardCount: 4, spawnedByShardingManager: true })).toEqual({});
  });

  it("opens every shard in this process otherwise: Discord's count for auto, or 0 to n-1", () => {
    expect(clientShardOptions({ shardCount: "auto", spawnedByShardingManager: false })).toEqual({
      shards: "auto",
    });
    expect(clientShardOptions({ shardCount: 3, spawnedByShardingManager: false })).toEqual({
      shardCount: 3,
    });
  });
});

describe("recommendedShardCount", () => {
  it("asks /gateway/bot through DISCORD_API_URL", async () => {
    discord = await startDiscordStandIn({ shards: 3 });
    const count = await recommendedShardCount({
      discordToken: discord.token,
      discordApiUrl: discord.restUrl,
    });
    expect(count).toBe(3);
    expect(discord.requests.map((request) => request.path)).toEqual(["/gateway/bot"]);
  });

  it("rejects with TokenRefusedError when Discord refuses the token", async () => {
    discord = await startDiscordStandIn();
    await expect(
      recommendedShardCount({
        discordToken: "MTAwMDAwMDAwMDAwMDAwMDAx.GstAnd.not-the-stand-in-token",
        discordApiUrl: discord.restUrl,
      }),
    ).rejects.toBeInstanceOf(TokenRefusedError);
  });
});
