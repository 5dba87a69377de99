import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EvalQuestion } from "../src/eval/metrics.js";
import { type Figure, figure, type NotMeasured } from "./figures.js";
import { ratio, summarize } from "./stats.js";
import { formatTable, megabytes, show } from "./table.js";
import type { EndToEndSummary } from "./targets.js";

const STAND_IN = new URL("../src/sandbox/stand-in.ts", import.meta.url);
const PAYLOADS = new URL("../src/sandbox/interactions.ts", import.meta.url);

/** A bot process the bench can start against the stand-in. */
export interface BotUnderTest {
  name: string;
  /** Script run with `node --import tsx`, relative to this file (bench/). */
  script: string;
  /** Extra environment (besides DISCORD_API_URL, DISCORD_TOKEN and DISCORD_CLIENT_ID). */
  env: Record<string, string>;
}

export interface BotFigures {
  bot: string;
  /** Process spawn until the stand-in saw IDENTIFY and sent READY. */
  startupToReady: Figure;
  /** Process spawn until the first /ask was answered (ready to serve). */
  startupToFirstAnswer: Figure;
  /** Per number of interactions in flight: latency dispatch → callback and sustained rate. */
  load: Record<
    string,
    { latencyP50: Figure; latencyP99: Figure; throughput: Figure; interactions: Figure }
  >;
  /** VmRSS once the first /ask is answered, before the load. */
  residentMemoryAtReady: Figure;
  residentMemoryAfter: Figure;
  interactions: Figure;
  /** REST requests the stand-in refused (unknown route or a broken Discord limit). */
  standInFailures: string[];
}

export type EndToEndResult =
  | (EndToEndSummary & { method: string; bots: BotFigures[]; ratios: Record<string, Figure> })
  | NotMeasured;

/** /ask through discord.js on the local Discord stand-in, Gazette against the null bot. */
export async function measureEndToEnd(options: {
  quick: boolean;
  questions: readonly EvalQuestion[];
  bots: readonly BotUnderTest[];
  log: (line: string) => void;
}): Promise<EndToEndResult> {
  if (!existsSync(fileURLToPath(STAND_IN))) {
    return {
      notMeasured:
        "the local Discord stand-in (src/sandbox/) has not landed in this tree; no end-to-end figure is reported rather than a made-up one",
    };
  }
  const missing = options.bots.find(
    (bot) => !existsSync(fileURLToPath(new URL(bot.script, import.meta.url))),
  );
  if (missing) return { notMeasured: `bench/${missing.script} is missing` };
  // Interactions per level of concurrency: 10k in all in a full run, as the issue asks for memory.
  const plan: Record<number, number> = options.quick
    ? { 1: 100, 8: 300, 64: 600 }
    : { 1: 1000, 8: 3000, 64: 6000 };
  const bots: BotFigures[] = [];
  for (const bot of options.bots) {
    try {
      bots.push(await runBot(bot, plan, options.questions, options.log));
    } catch (error) {
      return { notMeasured: `${bot.name}: ${(error as Error).message}` };
    }
  }
  const [gazette, floor] = bots;
  const throughputRatios: Record<string, number | null> = {};
  for (const inFlight of Object.keys(plan)) {
    throughputRatios[inFlight] = ratio(
      gazette?.load[inFlight]?.throughput.value,
      floor?.load[inFlight]?.throughput.value,
    );
  }
  const p50Ratio = ratio(gazette?.load["1"]?.latencyP50.value, floor?.load["1"]?.latencyP50.value);
  const startupRatio = ratio(
    gazette?.startupToFirstAnswer.value,
    floor?.startupToFirstAnswer.value,
  );
  const memoryRatio = ratio(gazette?.residentMemoryAfter.value, floor?.residentMemoryAfter.value);
  return {
    method: `stand-in (src/sandbox) in the bench process; each bot a fresh \`node --import tsx\` process pointed at it; closed loop of /ask with the dev questions in turn at 1, 8 and 64 in flight (${Object.values(plan).join(", ")} interactions), latency = dispatchInteraction → callback received; throughput = interactions / wall time at that level; RSS from /proc/<pid>/status after all ${Object.values(plan).reduce((a, b) => a + b, 0)} interactions`,
    bots,
    p50Ratio,
    throughputRatios,
    startupRatio,
    memoryRatio,
    ratios: {
      latencyP50At1: figure(p50Ratio, "x null bot"),
      ...Object.fromEntries(
        Object.entries(throughputRatios).map(([inFlight, value]) => [
          `throughputAt${inFlight}`,
          figure(value, "x null bot"),
        ]),
      ),
      startup: figure(startupRatio, "x null bot"),
      residentMemory: figure(memoryRatio, "x null bot"),
    },
  };
}

async function runBot(
  bot: BotUnderTest,
  plan: Record<number, number>,
  questions: readonly EvalQuestion[],
  log: (line: string) => void,
): Promise<BotFigures> {
  const { startDiscordStandIn } = (await import(
    STAND_IN.href
  )) as typeof import("../src/sandbox/stand-in.js");
  const { interactionsFor, alice } = (await import(
    PAYLOADS.href
  )) as typeof import("../src/sandbox/interactions.js");
  const discord = await startDiscordStandIn({ timeoutMs: 60_000 });
  const builders = interactionsFor(discord);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(new URL(bot.script, import.meta.url))],
    {
      env: {
        ...process.env,
        ...bot.env,
        DISCORD_API_URL: discord.restUrl,
        DISCORD_TOKEN: discord.token,
        DISCORD_CLIENT_ID: discord.applicationId,
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) =>
      reject(
        new Error(
          `the bot exited with ${code}: ${stderr.trim().split("\n").slice(-4).join(" / ")}`,
        ),
      ),
    ),
  );
  // Killing the bot at the end rejects it too: nobody waits for it by then.
  exited.catch(() => undefined);
  try {
    await Promise.race([discord.waitForReady(), exited]);
    const startupToReady = performance.now() - started;
    let asked = 0;
    const ask = async () => {
      const question = questions[asked % questions.length]?.question ?? "Palmyre";
      // A different user each time, as on a busy server (one user would hit /ask's cooldown).
      const member = {
        ...alice,
        id: String(300_000_000_000_000_000n + BigInt(asked)),
        username: `user${asked}`,
      };
      asked++;
      const start = performance.now();
      const { id } = discord.dispatchInteraction(builders.chatInput("ask", { question }, member));
      await Promise.race([discord.waitForCallback(id), exited]);
      return performance.now() - start;
    };
    await ask();
    const startupToFirstAnswer = performance.now() - started;
    const residentMemoryAtReady = residentBytes(child.pid);
    for (let warm = 0; warm < 50; warm++) await ask();

    const load: BotFigures["load"] = {};
    for (const [inFlightText, count] of Object.entries(plan)) {
      const inFlight = Number(inFlightText);
      const latencies: number[] = [];
      let remaining = count;
      const levelStart = performance.now();
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          while (remaining > 0) {
            remaining--;
            latencies.push(await ask());
          }
        }),
      );
      const seconds = (performance.now() - levelStart) / 1000;
      const distribution = summarize(latencies);
      load[inFlightText] = {
        latencyP50: figure(distribution.p50, "ms"),
        latencyP99: figure(distribution.p99, "ms"),
        throughput: figure(latencies.length / seconds, "interactions/s"),
        interactions: figure(latencies.length, "interactions"),
      };
      log(
        `end-to-end: ${bot.name} at ${inFlight} in flight: p50 ${distribution.p50.toFixed(2)} ms, ${(latencies.length / seconds).toFixed(0)}/s`,
      );
    }
    const residentMemoryAfter = residentBytes(child.pid);
    return {
      bot: bot.name,
      startupToReady: figure(startupToReady, "ms"),
      startupToFirstAnswer: figure(startupToFirstAnswer, "ms"),
      load,
      residentMemoryAtReady: figure(residentMemoryAtReady, "bytes"),
      residentMemoryAfter: figure(residentMemoryAfter, "bytes"),
      interactions: figure(asked, "interactions"),
      standInFailures: [...discord.failures].slice(0, 10),
    };
  } finally {
    child.kill("SIGTERM");
    await discord.close().catch(() => undefined);
  }
}

/** VmRSS of a process, from /proc (Linux). */
function residentBytes(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export function formatEndToEnd(result: EndToEndResult): string {
  if ("notMeasured" in result) return `End to end: not measured (${result.notMeasured})`;
  const levels = Object.keys(result.bots[0]?.load ?? {});
  const rows = result.bots.map((bot) => [
    bot.bot,
    show((bot.startupToReady.value ?? 0) / 1000, 2, " s"),
    show((bot.startupToFirstAnswer.value ?? 0) / 1000, 2, " s"),
    ...levels.flatMap((level) => {
      const figures = bot.load[level];
      return [
        `${show(figures?.latencyP50.value)} / ${show(figures?.latencyP99.value)}`,
        show(figures?.throughput.value, 0),
      ];
    }),
    megabytes(bot.residentMemoryAtReady?.value),
    megabytes(bot.residentMemoryAfter.value),
  ]);
  return `End to end through discord.js on the stand-in (/ask)\n${formatTable(
    [
      "bot",
      "start→ready",
      "start→1st answer",
      ...levels.flatMap((level) => [`p50/p99 ms @${level}`, `/s @${level}`]),
      "RSS at ready",
      "RSS after",
    ],
    rows,
  )}`;
}
