import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseConfig } from "../../../src/config.js";
import { type Gazette, startGazette } from "../../../src/index.js";
import type { Logger } from "../../../src/logger.js";
import {
  type DiscordStandIn,
  type StandInOptions,
  startDiscordStandIn,
} from "../../../src/sandbox/stand-in.js";

/** One log call, as recorded. */
export interface LogEntry {
  level: "debug" | "info" | "warn" | "error";
  fields: object;
  message: string | undefined;
}

export const FIXTURE_CORPUS = new URL("../../fixtures/corpus/", import.meta.url);

/** An article the fixture corpus does not hold, to tell a new index from the old one. */
export const LIGHTHOUSE =
  "---\ntitle: Le phare repeint\n---\n\nLe phare de Cordouan a été repeint en bleu par les gardiens.\n";

/** A logger that keeps everything, to assert on what the bot logged. */
export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const record = (level: LogEntry["level"]) => (fields: object, message?: string) =>
    void entries.push({ level, fields, message });
  return {
    entries,
    debug: record("debug"),
    info: record("info"),
    warn: record("warn"),
    error: record("error"),
  };
}

export interface RunningGazette {
  discord: DiscordStandIn;
  gazette: Gazette;
  logs: ReturnType<typeof recordingLogger>;
  /** A copy of the fixture corpus the bot reads (tests may change it, then /reindex). */
  corpusDir: string;
  stop(): Promise<void>;
}

/**
 * The real bot, started as `npm start` does (same `startGazette`, settings parsed from an
 * environment), against a fresh Discord stand-in and a copy of the fixture corpus. The feedback
 * store is opened only when `env` sets `DATA_DIR` (otherwise nothing is written and votes say
 * feedback is unavailable).
 */
export async function startGazetteAgainstStandIn(
  env: Record<string, string> = {},
  options: { commandsDir?: URL; standIn?: StandInOptions } = {},
): Promise<RunningGazette> {
  const discord = await startDiscordStandIn(options.standIn);
  const corpusDir = await mkdtemp(path.join(tmpdir(), "gazette-corpus-"));
  await cp(FIXTURE_CORPUS, corpusDir, { recursive: true });
  // The index snapshot goes to a directory of its own, never the project's ./data.
  const dataDir = await mkdtemp(path.join(tmpdir(), "gazette-data-"));
  const logs = recordingLogger();
  const config = parseConfig({
    DISCORD_TOKEN: discord.token,
    DISCORD_CLIENT_ID: discord.applicationId,
    DISCORD_API_URL: discord.restUrl,
    CORPUS_DIR: corpusDir,
    DATA_DIR: dataDir,
    COOLDOWN_SECONDS: "0",
    ...env,
  });
  const gazette = await startGazette(config, logs, {
    ...options,
    feedback: env.DATA_DIR !== undefined,
  });
  return {
    discord,
    gazette,
    logs,
    corpusDir,
    async stop() {
      await gazette.stop();
      await gazette.library.flushed();
      await rm(corpusDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
      await discord.close();
    },
  };
}
