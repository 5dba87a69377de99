import { defineConfig } from "vitest/config";

/** `npm run test:browser`: the sandbox page in a real Chromium (see tests/browser/). */
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    // One browser and one sandbox for the whole file; the steps run in order.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
