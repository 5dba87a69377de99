#!/usr/bin/env node
// Runs Gazette's TypeScript command line directly (tsx), so `npx gazette` works right after `npm ci`.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli/main.ts");
process.exitCode = await runCli(process.argv.slice(2), process);
