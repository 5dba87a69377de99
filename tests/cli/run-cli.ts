import { Readable } from "node:stream";
import { runCli } from "../../src/cli/main.js";

/** Runs the command line in-process and captures what it prints. */
export async function runInProcess(args: string[], input = "", env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([input]),
    env,
  });
  return { code, stdout, stderr };
}
