/**
 * Helpers of the browser suite: `npm start` without a token (the sandbox) as a child process, and
 * Debian's Chromium driven by playwright-core with a fresh profile, allowed to reach 127.0.0.1
 * only. Chromium missing is an error, never a skip.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CHROMIUM = "/usr/bin/chromium";
/** Screenshots of each step, kept as test artefacts (gitignored). */
export const ARTEFACTS = path.join(ROOT, "test-artifacts/browser");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A running `npm start` without a token. */
export interface RunningSandbox {
  url: string;
  output(): string;
  stop(): Promise<number | null>;
}

/**
 * Runs `npm start`'s script (src/index.ts through tsx) from an empty folder, with no
 * DISCORD_TOKEN, SANDBOX_PORT=0 and the seed article alone (so articles an operator adds to
 * corpus/ do not change what the page shows); resolves with the printed address.
 */
export async function startSandboxProcess(
  env: Record<string, string> = {},
): Promise<RunningSandbox> {
  const cwd = await mkdtemp(path.join(tmpdir(), "gazette-sandbox-"));
  const corpus = path.join(cwd, "corpus");
  await mkdir(corpus);
  await copyFile(
    path.join(ROOT, "corpus/palmyre-offensive-2016.txt"),
    path.join(corpus, "palmyre-offensive-2016.txt"),
  );
  await copyFile(
    path.join(ROOT, "tests/fixtures/seed-aliases.json"),
    path.join(corpus, "aliases.json"),
  );
  const child: ChildProcess = spawn(
    path.join(ROOT, "node_modules/.bin/tsx"),
    [path.join(ROOT, "src/index.ts")],
    {
      cwd,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? cwd,
        SANDBOX_PORT: "0",
        CORPUS_DIR: corpus,
        COOLDOWN_SECONDS: "0",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the sandbox printed no address within 45 s:\n${output}`)),
      45_000,
    );
    const look = () => {
      const match = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on("data", look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the sandbox exited (${code}) before printing its address:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    async stop() {
      child.kill("SIGTERM");
      const code = await exited;
      await rm(cwd, { recursive: true, force: true });
      return code;
    },
  };
}

/** Chromium with a fresh profile; every request off 127.0.0.1 is blocked and recorded. */
export async function openBrowser(): Promise<{
  context: BrowserContext;
  blocked: string[];
  close(): Promise<void>;
}> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run "apt-get install -y chromium" (the browser tests need it)`,
    );
  }
  const profile = await mkdtemp(path.join(tmpdir(), "gazette-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("http://127.0.0.1:") || url.startsWith("data:")) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await mkdir(ARTEFACTS, { recursive: true });
  return {
    context,
    blocked,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * `npm start`'s sandbox in its own process and a Chromium page open on it at `query`, started by
 * the first test that calls `ready()`. Not in a beforeAll hook: vitest reports a hook's failure
 * as skipped tests, and without Chromium every test must fail. `close()` (for afterAll) resolves
 * with the sandbox's exit code, 0 when it never started.
 */
export function sandboxPageSession(query = ""): {
  ready(): Promise<Page>;
  /** Requests the page made off 127.0.0.1 (blocked), once started. */
  blocked(): string[] | undefined;
  close(): Promise<number | null>;
} {
  let sandbox: RunningSandbox | undefined;
  let browser: Awaited<ReturnType<typeof openBrowser>> | undefined;
  let started: Promise<Page> | undefined;
  return {
    ready: () =>
      (started ??= (async () => {
        browser = await openBrowser();
        sandbox = await startSandboxProcess();
        const page = await browser.context.newPage();
        await page.goto(`${sandbox.url}${query}`);
        await page.waitForSelector("body[data-ready=true]");
        return page;
      })()),
    blocked: () => browser?.blocked,
    async close() {
      await browser?.close();
      return sandbox ? sandbox.stop() : 0;
    },
  };
}

/** Saves a screenshot of the page as `test-artifacts/browser/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  // The page keeps the newest message in view once the components have rendered.
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(ARTEFACTS, `${name}.png`) });
}
