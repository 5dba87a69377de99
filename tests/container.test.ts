/**
 * Docker does not run on the machines that test Gazette, so no test builds the image. These keep
 * its files honest instead: the image runs only steps CI runs, as a non-root user under an init
 * process, and the compose file mounts the corpus and reads the settings from `.env`.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), "utf8");
const dockerfile = read("Dockerfile");
const ci = read(".ci/run");

/** The Dockerfile's instructions, continuation lines joined. */
const instructions = dockerfile
  .replace(/\\\n/g, " ")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "" && !line.startsWith("#"));

describe("the Dockerfile", () => {
  it("builds in two stages from node:20-slim", () => {
    expect(instructions.filter((line) => line.startsWith("FROM "))).toEqual([
      "FROM node:20-slim AS build",
      "FROM node:20-slim",
    ]);
  });

  it("runs only npm commands that CI runs too", () => {
    const npmCommands = instructions
      .filter((line) => line.startsWith("RUN "))
      .flatMap((line) => line.slice(4).split("&&"))
      .map((command) => command.trim().replace(/\s+/g, " "))
      .filter((command) => command.startsWith("npm "));
    expect(npmCommands).toEqual([
      "npm ci --no-audit --no-fund",
      "npm run build",
      "npm ci --omit=dev --no-audit --no-fund",
    ]);
    for (const command of npmCommands) expect(ci).toContain(command);
  });

  it("runs the compiled entry point as a non-root user under tini, with a HEALTHCHECK", () => {
    const last = instructions.slice(instructions.lastIndexOf("FROM node:20-slim"));
    expect(last).toContain("USER node");
    expect(last).toContain('ENTRYPOINT ["/usr/bin/tini", "--"]');
    expect(last).toContain('CMD ["node", "--enable-source-maps", "dist/src/index.js"]');
    expect(last.find((line) => line.startsWith("HEALTHCHECK"))).toContain(
      'CMD ["node", "scripts/healthcheck.js"]',
    );
    const script = JSON.parse(read("package.json")).scripts.start as string;
    expect(script).toBe("exec node --enable-source-maps dist/src/index.js");
  });
});

describe("compose.yaml and .dockerignore", () => {
  it("mounts the corpus, reads .env and opens the health port on the host's loopback only", () => {
    const compose = read("compose.yaml");
    expect(compose).toContain("env_file: .env");
    expect(compose).toContain("- ./corpus:/app/corpus:ro");
    expect(compose).toContain('- "127.0.0.1:8080:8080"');
    expect(compose).toContain("HEALTH_HOST: 0.0.0.0");
  });

  it("keeps the feedback store in a volume the node user can write", () => {
    const compose = read("compose.yaml");
    expect(compose).toContain("DATA_DIR: /app/data");
    expect(compose).toContain("- gazette-data:/app/data");
    const last = instructions.slice(instructions.lastIndexOf("FROM node:20-slim"));
    expect(last.some((line) => line.includes("chown node:node /app/data"))).toBe(true);
    expect(last.indexOf("USER node")).toBeGreaterThan(
      last.findIndex((line) => line.includes("chown node:node /app/data")),
    );
  });

  it("keeps secrets and host builds out of the image", () => {
    const ignored = read(".dockerignore").split("\n");
    for (const entry of [".env", ".env.*", "!.env.example", "node_modules", "dist", ".git"]) {
      expect(ignored).toContain(entry);
    }
  });
});
