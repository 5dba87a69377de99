/**
 * The sandbox page's bundle: `src/sandbox/page/main.ts` (and its CSS) with everything it imports,
 * Discord's message components included, built by esbuild into `build/sandbox/` so the page loads
 * nothing from outside 127.0.0.1. `npm run build:sandbox` builds it; the sandbox builds it itself
 * when it is missing or older than one of its inputs.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

/** The project's root: the nearest folder above this file holding package.json. */
export function projectRoot(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(folder, "package.json"))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error("Gazette sandbox: no package.json above src/sandbox/");
    folder = parent;
  }
  return folder;
}

/** Where the page's sources and its built assets live. */
export function pagePaths(root = projectRoot()) {
  return {
    source: path.join(root, "src/sandbox/page"),
    entry: path.join(root, "src/sandbox/page/main.ts"),
    html: path.join(root, "src/sandbox/page/index.html"),
    out: path.join(root, "build/sandbox"),
    script: path.join(root, "build/sandbox/page.js"),
    style: path.join(root, "build/sandbox/page.css"),
    meta: path.join(root, "build/sandbox/meta.json"),
  };
}

/**
 * Builds the page bundle; returns how long it took, in ms. It is written to a temporary folder
 * and moved into place file by file, so a sandbox starting meanwhile never serves half a bundle.
 */
export async function buildSandboxPage(root = projectRoot()): Promise<number> {
  const paths = pagePaths(root);
  const started = performance.now();
  await mkdir(paths.out, { recursive: true });
  const staging = await mkdtemp(path.join(paths.out, ".staging-"));
  try {
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: { page: paths.entry },
      outdir: staging,
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      sourcemap: true,
      metafile: true,
      legalComments: "linked",
      logLevel: "silent",
    });
    await writeFile(path.join(staging, "meta.json"), JSON.stringify(result.metafile));
    // meta.json last: its presence says the files before it are complete.
    const files = (await readdir(staging)).sort((a, b) =>
      a === "meta.json" ? 1 : b === "meta.json" ? -1 : a.localeCompare(b),
    );
    for (const file of files) await rename(path.join(staging, file), path.join(paths.out, file));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return performance.now() - started;
}

/** True when the bundle is missing, or one of its inputs changed after it was built. */
export async function sandboxPageIsStale(root = projectRoot()): Promise<boolean> {
  const paths = pagePaths(root);
  if (![paths.script, paths.style, paths.meta].every((file) => existsSync(file))) return true;
  const built = (await stat(paths.script)).mtimeMs;
  const meta = JSON.parse(await readFile(paths.meta, "utf8")) as esbuild.Metafile;
  for (const input of Object.keys(meta.inputs)) {
    const file = path.resolve(root, input);
    if (!existsSync(file) || (await stat(file)).mtimeMs > built) return true;
  }
  return false;
}

/** Builds the bundle if it is missing or stale. */
export async function ensureSandboxPage(root = projectRoot()): Promise<"built" | "fresh"> {
  if (!(await sandboxPageIsStale(root))) return "fresh";
  await buildSandboxPage(root);
  return "built";
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildSandboxPage().then(
    (ms) => console.log(`sandbox page built in ${Math.round(ms)} ms: build/sandbox/`),
    (error: unknown) => {
      console.error(`sandbox page build failed: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
