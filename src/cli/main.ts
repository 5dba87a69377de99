import { CorpusError } from "../corpus/parse.js";
import { askCommand } from "./ask.js";
import { evalCommand } from "./eval.js";
import { reportCommand } from "./report.js";
import { type CliCommand, type CliIO, UsageError } from "./io.js";
import { summaryCommand } from "./summary.js";

const commands = new Map<string, CliCommand>([
  ["ask", askCommand],
  ["eval", evalCommand],
  ["report", reportCommand],
  ["summary", summaryCommand],
]);

const USAGE = `Usage: gazette <command> [options]

Commands:
  ask "question" [--limit N] [--json]   the passages that answer a question
  ask --json                            batch: one question per line on stdin, one JSON object per line out
  eval --set FILE.jsonl [--json]        P@1, MRR, Recall@3 and no-answer precision on a question set
  summary [--article ID] [--length short|medium|long] [--topic TEXT] [--json]
  report [--days N] [--data DIR] [--json]  unanswered questions, worst-rated answers, no-answer rate per day

Options for every command:
  --corpus DIR   the corpus directory (default: $CORPUS_DIR, else ./corpus)`;

/** What the command line needs from the process (the real `process` satisfies it). */
export interface CliProcess {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
}

/**
 * Runs `gazette <command> …` and returns the exit code: 0 success, 1 no answer / not found,
 * 2 bad arguments or unusable corpus. Errors are one line on stderr.
 */
export async function runCli(argv: string[], proc: CliProcess): Promise<number> {
  const { corpusDir, rest } = extractCorpusOption(argv, proc.env.CORPUS_DIR || "corpus");
  const io: CliIO = {
    out: (text) => proc.stdout.write(`${text}\n`),
    err: (text) => proc.stderr.write(`${text}\n`),
    stdin: proc.stdin,
    corpusDir,
    ...(proc.env.DATA_DIR?.trim() ? { dataDir: proc.env.DATA_DIR.trim() } : {}),
    ...(/^\d{1,4}$/.test(proc.env.FEEDBACK_RETENTION_DAYS?.trim() ?? "")
      ? { feedbackRetentionDays: Math.max(1, Number(proc.env.FEEDBACK_RETENTION_DAYS)) }
      : {}),
  };
  const [name, ...args] = rest;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    (name === undefined ? io.err : io.out)(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = commands.get(name);
  if (!command) {
    io.err(
      `gazette: unknown command "${name}"; try: ${[...commands.keys()].join(", ")} (gazette --help)`,
    );
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    io.err(`gazette ${name}: ${describeError(error)}`);
    return 2;
  }
}

function describeError(error: unknown): string {
  if (error instanceof CorpusError) {
    return `the corpus is not valid: ${error.problems.length === 1 ? error.message : error.message.split("\n").join("; ")}`;
  }
  if (error instanceof UsageError) return `${error.message} (gazette --help)`;
  if (
    error instanceof TypeError &&
    "code" in error &&
    String(error.code).startsWith("ERR_PARSE_ARGS")
  ) {
    return `${error.message} (gazette --help)`;
  }
  return error instanceof Error ? error.message : String(error);
}

function extractCorpusOption(
  argv: string[],
  fallback: string,
): { corpusDir: string; rest: string[] } {
  const rest: string[] = [];
  let corpusDir = fallback;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    if (arg === "--corpus") {
      corpusDir = argv[index + 1] ?? "";
      index++;
    } else if (arg.startsWith("--corpus=")) {
      corpusDir = arg.slice("--corpus=".length);
    } else {
      rest.push(arg);
    }
  }
  if (corpusDir === "") throw new UsageError("--corpus needs a directory");
  return { corpusDir, rest };
}
