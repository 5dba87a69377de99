/**
 * Runs Gazette as an operator does, `npm start` in the project root, and watches the process tree
 * it makes through /proc (Linux), for the tests of signals, health and logs of the real process.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Every setting Gazette reads: set (empty when not given) so that a developer's `.env` is ignored. */
const SETTINGS = [
  "DISCORD_TOKEN",
  "DISCORD_CLIENT_ID",
  "DISCORD_GUILD_ID",
  "CORPUS_DIR",
  "DATA_DIR",
  "LOG_LEVEL",
  "ADMIN_USER_IDS",
  "DISCORD_API_URL",
  "COOLDOWN_SECONDS",
  "COOLDOWN_BURST",
  "HEALTH_PORT",
  "HEALTH_HOST",
  "ARTICLE_MAX_BYTES",
  "CORPUS_MAX_BYTES",
  "DATA_DIR",
  "FEEDBACK_RETENTION_DAYS",
];

/** One JSON log line of the bot. */
export type LogLine = Record<string, unknown> & { msg?: string; level?: number; time?: string };

export interface NpmStart {
  /** The first process: npm. */
  readonly child: ChildProcess;
  /** Everything written to stdout and stderr. */
  output(): string;
  /** The JSON lines of stdout, parsed. */
  logs(): LogLine[];
  /** Resolves with the first log line matching, polling. */
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Every process seen so far below npm (pids), from /proc. */
  readonly descendants: Set<number>;
  /** npm's exit code, or the signal that ended it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

/**
 * Spawns `npm start` (with `--ignore-scripts` unless `build` is set, so the prestart build runs
 * once per test file rather than once per test) in the project root with exactly `env` for
 * Gazette's settings.
 */
export function npmStart(env: Record<string, string>, options: { build?: boolean } = {}): NpmStart {
  const settings = Object.fromEntries(SETTINGS.map((key) => [key, env[key] ?? ""]));
  // The feedback store goes to a temporary directory, not into the project, unless given.
  const dataDir = env.DATA_DIR ? null : mkdtempSync(path.join(tmpdir(), "gazette-data-"));
  if (dataDir) settings.DATA_DIR = dataDir;
  const child = spawn("npm", ["start", ...(options.build ? [] : ["--ignore-scripts"])], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? ROOT,
      npm_config_update_notifier: "false",
      npm_config_fund: "false",
      ...settings,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk;
    output += chunk;
  });
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk));
  const descendants = new Set<number>();
  const watch = setInterval(() => {
    if (child.pid) for (const pid of descendantsOf(child.pid)) descendants.add(pid);
  }, 50);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>(
    (resolve) =>
      child.on("exit", (code, signal) => {
        clearInterval(watch);
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
        resolve({ code, signal, at: performance.now() });
      }),
  );
  const logs = () =>
    stdout
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as LogLine);
  return {
    child,
    output: () => output,
    logs,
    descendants,
    exited,
    async waitForLog(predicate, timeoutMs = 30_000) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const found = logs().find(predicate);
        if (found) return found;
        if (child.exitCode !== null || performance.now() > deadline) {
          throw new Error(`no such log line; npm start printed:\n${output}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

/** The pids of every live process below `pid`. */
export function descendantsOf(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(Number(name));
    if (parent === null) continue;
    parents.set(parent, [...(parents.get(parent) ?? []), Number(name)]);
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of parents.get(queue.shift() ?? -1) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** The command line of a live process, or null when it is gone. */
export function commandLineOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return null;
  }
}

/** Whether a process is still there (a zombie counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** The TCP ports a process listens on (IPv4 and IPv6), from its socket inodes. */
export function listeningPortsOf(pid: number): number[] {
  const inodes = new Set<string>();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      const target = safeReadlink(`/proc/${pid}/fd/${fd}`);
      const match = /^socket:\[(\d+)\]$/.exec(target ?? "");
      if (match?.[1]) inodes.add(match[1]);
    }
  } catch {
    return [];
  }
  const ports: number[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const row of text.split("\n").slice(1)) {
      const columns = row.trim().split(/\s+/);
      const [, local, , state] = columns;
      if (state !== "0A" || !local || !inodes.has(columns[9] ?? "")) continue;
      ports.push(Number.parseInt(local.split(":").at(-1) ?? "0", 16));
    }
  }
  return ports;
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return null;
  }
}

function safeReadlink(path: string): string | null {
  try {
    return readlinkSync(path);
  } catch {
    return null;
  }
}
