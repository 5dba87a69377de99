#!/usr/bin/env node
// `npm run build` (and `npm start`'s prestart): compiles src/ and commands/ to dist/ with tsc
// (tsconfig.build.json), then copies the files the code reads at run time beside the compiled
// modules: every file under src/ that is not TypeScript (src/text/verb-forms.json,
// src/language/data/*.json, a page's .html or .css...).
// dist/ is emptied first, so a deleted command module cannot linger in dist/commands/.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { cp, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = path.join(root, "dist");
const started = performance.now();

await rm(dist, { recursive: true, force: true });
const tsc = spawn(
  process.execPath,
  [
    path.join(root, "node_modules/typescript/bin/tsc"),
    "-p",
    path.join(root, "tsconfig.build.json"),
  ],
  { stdio: "inherit" },
);
// A stop asked during the build stops tsc too, rather than leaving it behind.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    tsc.kill(signal);
    process.exit(1);
  });
}
const [code] = await once(tsc, "exit");
if (code !== 0) {
  console.error("build: tsc failed; dist/ is incomplete");
  process.exit(code ?? 1);
}

let copied = 0;
for (const entry of await readdir(path.join(root, "src"), {
  recursive: true,
  withFileTypes: true,
})) {
  if (!entry.isFile() || /\.[mc]?tsx?$/.test(entry.name)) continue;
  // Dirent#parentPath is Node >= 20.12; Dirent#path is its older name.
  const from = path.join(entry.parentPath ?? entry.path, entry.name);
  await cp(from, path.join(dist, path.relative(root, from)));
  copied++;
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`build: dist/ compiled, ${copied} data file(s) copied from src/, in ${seconds} s`);
