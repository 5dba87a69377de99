import { z } from "zod";

/** Log levels pino understands. */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Gazette's settings, parsed and checked once at start (see `.env.example`). */
export interface Config {
  discordToken: string;
  /** The application's id (Developer Portal → General Information → Application ID). */
  discordClientId: string;
  /** Server where `deploy-commands` registers instantly; null registers globally. */
  discordGuildId: string | null;
  corpusDir: string;
  /**
   * Gazette's own files (`DATA_DIR`, default `./data`, created when missing): the index snapshot,
   * read at start instead of building when it matches the corpus, and the feedback store
   * (`feedback.db`).
   */
  dataDir: string;
  logLevel: LogLevel;
  /** Users allowed to `/reindex` even without Manage Server. */
  adminUserIds: string[];
  /** REST base such as `http://127.0.0.1:8080/api` (discord.js `rest.api`); null for Discord's. */
  discordApiUrl: string | null;
  /**
   * The cooldown window in seconds: a user may ask {@link Config.cooldownBurst} questions
   * (`/ask` and `/summary` together) in any such window; 0 turns the cooldown off.
   */
  cooldownSeconds: number;
  /** How many questions a user may ask within {@link Config.cooldownSeconds}. */
  cooldownBurst: number;
  /**
   * Port of the health and metrics server (`/healthz`, `/metrics`); 0 picks a free port (logged);
   * null: nothing listens.
   */
  healthPort: number | null;
  /** Address the health server binds to (default 127.0.0.1; 0.0.0.0 in a container). */
  healthHost: string;
  /** The largest article file accepted, in bytes (larger ones are left out, named in the log). */
  articleMaxBytes: number;
  /** The most bytes of articles accepted in all. */
  corpusMaxBytes: number;
  /** `/ask` defers its reply when the index holds more passages than this (0: always). */
  deferAbovePassages: number;
  /** `/ask` defers its reply while recent searches took longer than this, in ms. */
  deferSlowSearchMs: number;
  /** Feedback (votes, unanswered questions) older than this many days is deleted. */
  feedbackRetentionDays: number;
  /**
   * Port of the HTTP interactions endpoint (`POST /interactions`, Discord's "Interactions
   * Endpoint URL"); 0 picks a free port (logged). Set, Gazette runs without any gateway connection;
   * null: the gateway bot. Set together with {@link Config.discordPublicKey}.
   */
  interactionsPort: number | null;
  /** Address the interactions endpoint binds to (default 127.0.0.1; 0.0.0.0 in a container). */
  interactionsHost: string;
  /** The application's public key, 64 hex characters (Developer Portal → General Information). */
  discordPublicKey: string | null;
  /** How long `/article add` may take to download an attached file, in ms. */
  articleDownloadTimeoutMs: number;
  /**
   * How many shards the bot connects as, in all processes: a number, or `auto` for the count Discord
   * recommends (`GET /gateway/bot`). In a process spawned by a `ShardingManager` discord.js sets
   * `SHARD_COUNT` (and `SHARDS`, this process's shard) itself, so both read the same number.
   */
  shardCount: number | "auto";
  /**
   * `internal`: one process holds every shard (discord.js internal sharding); `processes`: a
   * `ShardingManager` spawns one process per shard.
   */
  shardingMode: ShardingMode;
  /** Whether this process was spawned by a `ShardingManager` (discord.js sets `SHARDING_MANAGER`). */
  spawnedByShardingManager: boolean;
  /** How long the `ShardingManager` waits between spawning two shards, in ms. */
  shardSpawnDelayMs: number;
}

/** How the shards are run: all in one process, or one process per shard. */
export const SHARDING_MODES = ["internal", "processes"] as const;
export type ShardingMode = (typeof SHARDING_MODES)[number];

export const defaultConfig = {
  corpusDir: "corpus",
  dataDir: "./data",
  logLevel: "info",
  cooldownSeconds: 30,
  cooldownBurst: 5,
  healthHost: "127.0.0.1",
  articleMaxBytes: 2 * 1024 * 1024,
  corpusMaxBytes: 200 * 1024 * 1024,
  deferAbovePassages: 20_000,
  deferSlowSearchMs: 1000,
  feedbackRetentionDays: 30,
  interactionsHost: "127.0.0.1",
  articleDownloadTimeoutMs: 10_000,
  shardCount: 1,
  shardingMode: "internal",
  // Discord lets a bot identify once per 5 s (max_concurrency 1): discord.js's own default.
  shardSpawnDelayMs: 5500,
} as const satisfies Partial<Config>;

/** Thrown by {@link parseConfig}; `problems` lists every setting that is wrong, one line each. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(
      `Gazette cannot start: ${count} in its settings (.env or the environment; see .env.example):\n` +
        problems.map((problem) => `  - ${problem}`).join("\n"),
    );
    this.name = "ConfigError";
    this.problems = problems;
  }
}

const PORTAL = "https://discord.com/developers/applications";
const COOLDOWN_PROBLEM = "COOLDOWN_SECONDS must be a whole number of seconds from 0 to 3600";
const BURST_PROBLEM = "COOLDOWN_BURST must be a whole number of questions from 1 to 100";
const PORT_PROBLEM =
  "HEALTH_PORT must be a port number from 1 to 65535 (0 picks a free one), or empty for no health server";
const RETENTION_PROBLEM = "FEEDBACK_RETENTION_DAYS must be a whole number of days from 1 to 3650";
const INTERACTIONS_PORT_PROBLEM =
  "INTERACTIONS_PORT must be a port number from 1 to 65535 (0 picks a free one), or empty for the gateway bot";
const SHARD_COUNT_PROBLEM =
  "SHARD_COUNT must be auto (Discord's recommended count) or a whole number of shards from 1 to 10000";
const SNOWFLAKE = /^\d{17,20}$/;
// Bot tokens are three base64url parts joined by dots; the value is never echoed in messages.
const TOKEN = /^[\w-]{10,}\.[\w-]{4,}\.[\w-]{10,}$/;

/** An empty or whitespace-only variable counts as unset. */
const optional = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z.string().trim().optional(),
);

const schema = z.object({
  DISCORD_TOKEN: optional.pipe(
    z
      .string({
        error: `DISCORD_TOKEN is missing: open ${PORTAL}, pick your application, then Bot → Reset Token, and put the token in .env as DISCORD_TOKEN=…`,
      })
      .regex(TOKEN, {
        error:
          "DISCORD_TOKEN does not look like a bot token (three parts separated by dots): copy it again from Bot → Reset Token",
      }),
  ),
  DISCORD_CLIENT_ID: optional.pipe(
    z
      .string({
        error: `DISCORD_CLIENT_ID is missing: copy the Application ID from ${PORTAL} → General Information`,
      })
      .regex(SNOWFLAKE, {
        error: "DISCORD_CLIENT_ID must be the numeric Application ID (17-20 digits)",
      }),
  ),
  DISCORD_GUILD_ID: optional.pipe(
    z
      .string()
      .regex(SNOWFLAKE, {
        error:
          "DISCORD_GUILD_ID must be a numeric server id (17-20 digits; Developer Mode → right-click the server → Copy Server ID), or empty to register globally",
      })
      .optional(),
  ),
  CORPUS_DIR: optional.pipe(z.string().default(defaultConfig.corpusDir)),
  DATA_DIR: optional.pipe(z.string().default(defaultConfig.dataDir)),
  LOG_LEVEL: optional.pipe(
    z
      .enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}` })
      .default(defaultConfig.logLevel),
  ),
  ADMIN_USER_IDS: optional.pipe(
    z
      .string()
      .transform((value) =>
        value
          .split(",")
          .map((id) => id.trim())
          .filter((id) => id !== ""),
      )
      .refine((ids) => ids.every((id) => SNOWFLAKE.test(id)), {
        error: "ADMIN_USER_IDS must be numeric user ids separated by commas",
      })
      .optional(),
  ),
  DISCORD_API_URL: optional.pipe(
    z
      .url({
        protocol: /^https?$/,
        error: "DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api",
      })
      .transform((url) => url.replace(/\/+$/, ""))
      .optional(),
  ),
  COOLDOWN_SECONDS: optional.pipe(
    z
      .string()
      .regex(/^\d{1,4}$/, { error: COOLDOWN_PROBLEM })
      .transform(Number)
      .refine((seconds) => seconds <= 3600, { error: COOLDOWN_PROBLEM })
      .default(defaultConfig.cooldownSeconds),
  ),
  COOLDOWN_BURST: optional.pipe(
    z
      .string()
      .regex(/^\d{1,3}$/, { error: BURST_PROBLEM })
      .transform(Number)
      .refine((burst) => burst >= 1 && burst <= 100, { error: BURST_PROBLEM })
      .default(defaultConfig.cooldownBurst),
  ),
  HEALTH_PORT: optional.pipe(
    z
      .string()
      .regex(/^\d{1,5}$/, { error: PORT_PROBLEM })
      .transform(Number)
      .refine((port) => port <= 65535, { error: PORT_PROBLEM })
      .optional(),
  ),
  ARTICLE_MAX_BYTES: optional.pipe(
    bytesSetting("ARTICLE_MAX_BYTES", defaultConfig.articleMaxBytes),
  ),
  CORPUS_MAX_BYTES: optional.pipe(bytesSetting("CORPUS_MAX_BYTES", defaultConfig.corpusMaxBytes)),
  DEFER_ABOVE_PASSAGES: optional.pipe(
    wholeNumberSetting("DEFER_ABOVE_PASSAGES", "passages", defaultConfig.deferAbovePassages),
  ),
  DEFER_SLOW_SEARCH_MS: optional.pipe(
    wholeNumberSetting("DEFER_SLOW_SEARCH_MS", "milliseconds", defaultConfig.deferSlowSearchMs),
  ),
  FEEDBACK_RETENTION_DAYS: optional.pipe(
    z
      .string()
      .regex(/^\d{1,4}$/, { error: RETENTION_PROBLEM })
      .transform(Number)
      .refine((days) => days >= 1 && days <= 3650, { error: RETENTION_PROBLEM })
      .default(defaultConfig.feedbackRetentionDays),
  ),
  ARTICLE_DOWNLOAD_TIMEOUT_MS: optional.pipe(
    wholeNumberSetting(
      "ARTICLE_DOWNLOAD_TIMEOUT_MS",
      "milliseconds",
      defaultConfig.articleDownloadTimeoutMs,
    ),
  ),
  SHARD_COUNT: optional.pipe(
    z
      .string()
      .regex(/^(auto|\d{1,5})$/i, { error: SHARD_COUNT_PROBLEM })
      .transform((value) => (value.toLowerCase() === "auto" ? ("auto" as const) : Number(value)))
      .refine((count) => count === "auto" || (count >= 1 && count <= 10_000), {
        error: SHARD_COUNT_PROBLEM,
      })
      .default(defaultConfig.shardCount),
  ),
  SHARDING_MODE: optional.pipe(
    z
      .enum(SHARDING_MODES, {
        error: `SHARDING_MODE must be ${SHARDING_MODES.join(" or ")}`,
      })
      .default(defaultConfig.shardingMode),
  ),
  SHARDING_MANAGER: optional,
  SHARD_SPAWN_DELAY_MS: optional.pipe(
    wholeNumberSetting("SHARD_SPAWN_DELAY_MS", "milliseconds", defaultConfig.shardSpawnDelayMs),
  ),
  HEALTH_HOST: optional.pipe(
    z
      .string()
      .regex(/^[\w.:-]+$/, {
        error: "HEALTH_HOST must be an address to bind, such as 127.0.0.1 or 0.0.0.0",
      })
      .default(defaultConfig.healthHost),
  ),
  INTERACTIONS_PORT: optional.pipe(
    z
      .string()
      .regex(/^\d{1,5}$/, { error: INTERACTIONS_PORT_PROBLEM })
      .transform(Number)
      .refine((port) => port <= 65535, { error: INTERACTIONS_PORT_PROBLEM })
      .optional(),
  ),
  INTERACTIONS_HOST: optional.pipe(
    z
      .string()
      .regex(/^[\w.:-]+$/, {
        error: "INTERACTIONS_HOST must be an address to bind, such as 127.0.0.1 or 0.0.0.0",
      })
      .default(defaultConfig.interactionsHost),
  ),
  DISCORD_PUBLIC_KEY: optional.pipe(
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, {
        error: `DISCORD_PUBLIC_KEY must be the application's public key, 64 hexadecimal characters: copy it from ${PORTAL} → General Information → Public Key`,
      })
      .transform((key) => key.toLowerCase())
      .optional(),
  ),
});

/** HTTP interactions need both settings: one without the other is a mistake, said at start. */
function interactionsProblems(env: Readonly<Record<string, string | undefined>>): string[] {
  const isSet = (key: string) => (env[key] ?? "").trim() !== "";
  if (isSet("INTERACTIONS_PORT") && !isSet("DISCORD_PUBLIC_KEY")) {
    return [
      `DISCORD_PUBLIC_KEY is missing: HTTP interactions (INTERACTIONS_PORT) verify every request with it; copy the Public Key from ${PORTAL} → General Information`,
    ];
  }
  if (isSet("DISCORD_PUBLIC_KEY") && !isSet("INTERACTIONS_PORT")) {
    return [
      "INTERACTIONS_PORT is missing: DISCORD_PUBLIC_KEY only serves the HTTP interactions endpoint; set its port too, or empty DISCORD_PUBLIC_KEY for the gateway bot",
    ];
  }
  return [];
}

/** A whole number from 0 to 10^9 (written without separators). */
function wholeNumberSetting(key: string, unit: string, fallback: number) {
  const problem = `${key} must be a whole number of ${unit} from 0 to 1000000000, e.g. ${fallback}`;
  return z
    .string()
    .regex(/^\d{1,10}$/, { error: problem })
    .transform(Number)
    .refine((value) => value <= 1e9, { error: problem })
    .default(fallback);
}

/** A size in bytes: a whole number from 1 to 2^40 (written without separators). */
function bytesSetting(key: string, fallback: number) {
  const problem = `${key} must be a whole number of bytes, e.g. ${fallback} (${fallback / 1024 / 1024} MB)`;
  return z
    .string()
    .regex(/^\d{1,13}$/, { error: problem })
    .transform(Number)
    .refine((bytes) => bytes >= 1 && bytes <= 2 ** 40, { error: problem })
    .default(fallback);
}

/**
 * Parses Gazette's settings from an environment object (pass `process.env` from the entry point).
 * Throws a {@link ConfigError} listing every problem at once; never includes the token's value.
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const result = schema.safeParse(env);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? "settings");
        return issue.message.startsWith(key) ? issue.message : `${key}: ${issue.message}`;
      });
  problems.push(...interactionsProblems(env));
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const settings = result.data;
  return {
    discordToken: settings.DISCORD_TOKEN,
    discordClientId: settings.DISCORD_CLIENT_ID,
    discordGuildId: settings.DISCORD_GUILD_ID ?? null,
    corpusDir: settings.CORPUS_DIR,
    dataDir: settings.DATA_DIR,
    logLevel: settings.LOG_LEVEL,
    adminUserIds: settings.ADMIN_USER_IDS ?? [],
    discordApiUrl: settings.DISCORD_API_URL ?? null,
    cooldownSeconds: settings.COOLDOWN_SECONDS,
    cooldownBurst: settings.COOLDOWN_BURST,
    healthPort: settings.HEALTH_PORT ?? null,
    healthHost: settings.HEALTH_HOST,
    articleMaxBytes: settings.ARTICLE_MAX_BYTES,
    corpusMaxBytes: settings.CORPUS_MAX_BYTES,
    deferAbovePassages: settings.DEFER_ABOVE_PASSAGES,
    deferSlowSearchMs: settings.DEFER_SLOW_SEARCH_MS,
    feedbackRetentionDays: settings.FEEDBACK_RETENTION_DAYS,
    interactionsPort: settings.INTERACTIONS_PORT ?? null,
    interactionsHost: settings.INTERACTIONS_HOST,
    discordPublicKey: settings.DISCORD_PUBLIC_KEY ?? null,
    articleDownloadTimeoutMs: settings.ARTICLE_DOWNLOAD_TIMEOUT_MS,
    shardCount: settings.SHARD_COUNT,
    shardingMode: settings.SHARDING_MODE,
    spawnedByShardingManager: settings.SHARDING_MANAGER === "true",
    shardSpawnDelayMs: settings.SHARD_SPAWN_DELAY_MS,
  };
}
