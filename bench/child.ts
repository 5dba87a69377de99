import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Node flags every bench child runs with: GC exposed for heap figures, TypeScript through tsx. */
const NODE_FLAGS = ["--expose-gc", "--max-old-space-size=12288", "--import", "tsx"];

/**
 * Runs a bench script (a `.ts` file next to this one) in a fresh Node process and returns the JSON
 * of its `RESULT {json}` line. Rejects with the end of its stderr when it fails or outlives `timeoutMs`.
 */
export function runBenchChild<T>(
  script: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<T> {
  const file = fileURLToPath(new URL(script, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, file, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(`${script} ${args.join(" ")}: timed out after ${Math.round(timeoutMs / 1000)} s`),
      );
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split("\n").find((candidate) => candidate.startsWith("RESULT "));
      if (code === 0 && line) resolve(JSON.parse(line.slice("RESULT ".length)) as T);
      else
        reject(
          new Error(
            `${script} exited with ${signal ?? code}: ${stderr.trim().split("\n").slice(-5).join(" / ")}`,
          ),
        );
    });
  });
}
