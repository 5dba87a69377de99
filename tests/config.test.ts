import { readFileSync } from "node:fs";
import dotenv from "dotenv";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.js";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.GstAnd.secret-part-of-the-token";
const valid = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: "100000000000000001" };

function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("fills every optional setting with its default", () => {
    expect(parseConfig(valid)).toEqual({
      discordToken: TOKEN,
      discordClientId: "100000000000000001",
      discordGuildId: null,
      corpusDir: "corpus",
      dataDir: "./data",
      logLevel: "info",
      adminUserIds: [],
      discordApiUrl: null,
      cooldownSeconds: 30,
      cooldownBurst: 5,
      healthPort: null,
      healthHost: "127.0.0.1",
      articleMaxBytes: 2_097_152,
      corpusMaxBytes: 209_715_200,
      deferAbovePassages: 20_000,
      deferSlowSearchMs: 1000,
      feedbackRetentionDays: 30,
      interactionsPort: null,
      interactionsHost: "127.0.0.1",
      discordPublicKey: null,
      articleDownloadTimeoutMs: 10_000,
      shardCount: 1,
      shardingMode: "internal",
      spawnedByShardingManager: false,
      shardSpawnDelayMs: 5500,
    });
  });

  it("reads the data directory and the feedback retention, refusing a retention out of range", () => {
    expect(
      parseConfig({ ...valid, DATA_DIR: " /var/lib/gazette ", FEEDBACK_RETENTION_DAYS: "7" }),
    ).toMatchObject({ dataDir: "/var/lib/gazette", feedbackRetentionDays: 7 });
    expect(problemsOf({ ...valid, FEEDBACK_RETENTION_DAYS: "0" })).toEqual([
      "FEEDBACK_RETENTION_DAYS must be a whole number of days from 1 to 3650",
    ]);
    expect(problemsOf({ ...valid, FEEDBACK_RETENTION_DAYS: "30d" })).toEqual([
      "FEEDBACK_RETENTION_DAYS must be a whole number of days from 1 to 3650",
    ]);
  });

  it("reads the HTTP interactions settings: a port, an address, the public key in hex", () => {
    const key = "AB".repeat(32);
    expect(
      parseConfig({
        ...valid,
        INTERACTIONS_PORT: "8443",
        INTERACTIONS_HOST: "0.0.0.0",
        DISCORD_PUBLIC_KEY: key,
      }),
    ).toMatchObject({
      interactionsPort: 8443,
      interactionsHost: "0.0.0.0",
      discordPublicKey: "ab".repeat(32),
    });
    expect(
      problemsOf({ ...valid, INTERACTIONS_PORT: "70000", DISCORD_PUBLIC_KEY: "ab".repeat(31) }),
    ).toEqual([
      "INTERACTIONS_PORT must be a port number from 1 to 65535 (0 picks a free one), or empty for the gateway bot",
      "DISCORD_PUBLIC_KEY must be the application's public key, 64 hexadecimal characters: copy it from https://discord.com/developers/applications → General Information → Public Key",
    ]);
  });

  it("refuses one HTTP interactions setting without the other, with the other problems", () => {
    expect(problemsOf({ ...valid, INTERACTIONS_PORT: "8443", LOG_LEVEL: "loud" })).toEqual([
      expect.stringContaining("LOG_LEVEL must be one of"),
      expect.stringContaining("DISCORD_PUBLIC_KEY is missing: HTTP interactions"),
    ]);
    expect(problemsOf({ ...valid, DISCORD_PUBLIC_KEY: "ab".repeat(32) })).toEqual([
      expect.stringContaining("INTERACTIONS_PORT is missing"),
    ]);
  });

  it("reads the sharding settings: auto or a count, the mode, and the manager's mark", () => {
    expect(parseConfig({ ...valid, SHARD_COUNT: "AUTO" })).toMatchObject({ shardCount: "auto" });
    expect(
      parseConfig({
        ...valid,
        SHARD_COUNT: " 4 ",
        SHARDING_MODE: "processes",
        SHARDING_MANAGER: "true",
        SHARD_SPAWN_DELAY_MS: "0",
      }),
    ).toMatchObject({
      shardCount: 4,
      shardingMode: "processes",
      spawnedByShardingManager: true,
      shardSpawnDelayMs: 0,
    });
    expect(
      problemsOf({ ...valid, SHARD_COUNT: "0", SHARDING_MODE: "workers" }).map(
        (problem) => problem.split(":")[0],
      ),
    ).toEqual([
      "SHARD_COUNT must be auto (Discord's recommended count) or a whole number of shards from 1 to 10000",
      "SHARDING_MODE must be internal or processes",
    ]);
    expect(problemsOf({ ...valid, SHARD_COUNT: "two" })).toHaveLength(1);
  });

  it("reads when /ask defers, and refuses anything but a whole number", () => {
    expect(
      parseConfig({ ...valid, DEFER_ABOVE_PASSAGES: "0", DEFER_SLOW_SEARCH_MS: " 250 " }),
    ).toMatchObject({ deferAbovePassages: 0, deferSlowSearchMs: 250 });
    expect(
      problemsOf({ ...valid, DEFER_ABOVE_PASSAGES: "20k", DEFER_SLOW_SEARCH_MS: "-1" }),
    ).toEqual([
      "DEFER_ABOVE_PASSAGES must be a whole number of passages from 0 to 1000000000, e.g. 20000",
      "DEFER_SLOW_SEARCH_MS must be a whole number of milliseconds from 0 to 1000000000, e.g. 1000",
    ]);
  });

  it("reads the size limits in bytes and refuses anything but a whole number", () => {
    expect(
      parseConfig({ ...valid, ARTICLE_MAX_BYTES: "1000", CORPUS_MAX_BYTES: " 50000 " }),
    ).toMatchObject({ articleMaxBytes: 1000, corpusMaxBytes: 50_000 });
    expect(problemsOf({ ...valid, ARTICLE_MAX_BYTES: "2MB", CORPUS_MAX_BYTES: "0" })).toEqual([
      "ARTICLE_MAX_BYTES must be a whole number of bytes, e.g. 2097152 (2 MB)",
      "CORPUS_MAX_BYTES must be a whole number of bytes, e.g. 209715200 (200 MB)",
    ]);
  });

  it("reads every setting, trimming values and the API URL's trailing slash", () => {
    const config = parseConfig({
      ...valid,
      DISCORD_GUILD_ID: " 200000000000000002 ",
      CORPUS_DIR: "articles",
      LOG_LEVEL: "debug",
      ADMIN_USER_IDS: "300000000000000003, 300000000000000004,",
      DISCORD_API_URL: "http://127.0.0.1:8080/api/",
      COOLDOWN_SECONDS: "0",
      COOLDOWN_BURST: "3",
      HEALTH_PORT: "9464",
      HEALTH_HOST: "0.0.0.0",
    });
    expect(config).toMatchObject({
      discordGuildId: "200000000000000002",
      corpusDir: "articles",
      logLevel: "debug",
      adminUserIds: ["300000000000000003", "300000000000000004"],
      discordApiUrl: "http://127.0.0.1:8080/api",
      cooldownSeconds: 0,
      cooldownBurst: 3,
      healthPort: 9464,
      healthHost: "0.0.0.0",
    });
  });

  it("treats empty variables (as .env.example leaves them) as unset", () => {
    expect(parseConfig({ ...valid, DISCORD_GUILD_ID: "", ADMIN_USER_IDS: " " })).toMatchObject({
      discordGuildId: null,
      adminUserIds: [],
    });
  });

  it("explains how to get a token when it is missing", () => {
    const [problem] = problemsOf({ DISCORD_CLIENT_ID: "100000000000000001" });
    expect(problem).toContain("DISCORD_TOKEN is missing");
    expect(problem).toContain("https://discord.com/developers/applications");
    expect(problem).toContain("Reset Token");
  });

  it("lists every problem at once, in one message", () => {
    const env = {
      DISCORD_TOKEN: "not a token",
      DISCORD_GUILD_ID: "my-server",
      LOG_LEVEL: "loud",
      ADMIN_USER_IDS: "100000000000000001,alice",
      DISCORD_API_URL: "ftp://example.org",
      COOLDOWN_SECONDS: "-3",
      COOLDOWN_BURST: "0",
      HEALTH_PORT: "70000",
      HEALTH_HOST: "my host",
    };
    const problems = problemsOf(env);
    expect(problems.map((problem) => problem.split(" ")[0])).toEqual([
      "DISCORD_TOKEN",
      "DISCORD_CLIENT_ID",
      "DISCORD_GUILD_ID",
      "LOG_LEVEL",
      "ADMIN_USER_IDS",
      "DISCORD_API_URL",
      "COOLDOWN_SECONDS",
      "COOLDOWN_BURST",
      "HEALTH_PORT",
      "HEALTH_HOST",
    ]);
    expect(() => parseConfig(env)).toThrow(/^Gazette cannot start: 10 problems in its settings/);
  });

  it("never repeats the token in its messages", () => {
    const secret = "MTAwMDAwMDAwMDAwMDAwMDAx.GstAnd";
    let message = "";
    try {
      parseConfig({ DISCORD_TOKEN: secret });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("DISCORD_TOKEN does not look like a bot token");
    expect(message).not.toContain(secret);
  });

  it("never reads process.env itself", () => {
    process.env.DISCORD_TOKEN = TOKEN;
    try {
      expect(problemsOf({})[0]).toContain("DISCORD_TOKEN is missing");
    } finally {
      delete process.env.DISCORD_TOKEN;
    }
  });

  it(".env.example documents every setting, and only the token and client id are left to fill", () => {
    const example = dotenv.parse(readFileSync(new URL("../.env.example", import.meta.url)));
    expect(Object.keys(example).sort()).toEqual(
      [
        "ADMIN_USER_IDS",
        "ARTICLE_DOWNLOAD_TIMEOUT_MS",
        "ARTICLE_MAX_BYTES",
        "CORPUS_MAX_BYTES",
        "COOLDOWN_BURST",
        "COOLDOWN_SECONDS",
        "CORPUS_DIR",
        "DATA_DIR",
        "DISCORD_API_URL",
        "DISCORD_CLIENT_ID",
        "DISCORD_GUILD_ID",
        "DISCORD_PUBLIC_KEY",
        "DISCORD_TOKEN",
        "FEEDBACK_RETENTION_DAYS",
        "HEALTH_HOST",
        "HEALTH_PORT",
        "INTERACTIONS_HOST",
        "INTERACTIONS_PORT",
        "LOG_LEVEL",
        "SANDBOX_PORT",
        "SHARD_COUNT",
        "SHARDING_MODE",
        "SHARD_SPAWN_DELAY_MS",
      ].sort(),
    );
    expect(problemsOf(example).map((problem) => problem.split(" ")[0])).toEqual([
      "DISCORD_TOKEN",
      "DISCORD_CLIENT_ID",
    ]);
    expect(parseConfig({ ...example, ...valid })).toEqual(parseConfig(valid));
  });
});
