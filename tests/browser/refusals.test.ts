/**
 * What Discord refuses shows in the page, in red: a reply past the 2000-character limit (a test
 * command, in a sandbox started in-process with the fixture commands), and a member typing a
 * command Discord hides from them.
 */
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logger.js";
import { type Sandbox, startSandbox } from "../../src/sandbox/start.js";
import { FIXTURE_CORPUS } from "../discord/e2e/start-gazette.js";
import { openBrowser, screenshot } from "./sandbox-page.js";

let sandbox: Sandbox | undefined;
let browser: Awaited<ReturnType<typeof openBrowser>> | undefined;
let page: Page;
let started: Promise<void> | undefined;

/** Started by the first test (not a hook, so that no Chromium fails every test; see sandbox.test.ts). */
const ready = () =>
  (started ??= (async () => {
    browser = await openBrowser();
    sandbox = await startSandbox({
      env: {
        CORPUS_DIR: fileURLToPath(FIXTURE_CORPUS),
        COOLDOWN_SECONDS: "0",
        DATA_DIR: path.join(tmpdir(), `gazette-refusals-data-${process.pid}`),
      },
      port: 0,
      logger: () => silentLogger,
      commandsDir: new URL("../sandbox/fixtures/commands/", import.meta.url),
    });
    page = await browser.context.newPage();
    await page.goto(`${sandbox.url}?locale=en-US`);
    await page.waitForSelector("body[data-ready=true]");
  })());

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
  await rm(path.join(tmpdir(), `gazette-refusals-data-${process.pid}`), {
    recursive: true,
    force: true,
  });
});

describe("refusals in the sandbox page", () => {
  it("shows Discord's 400 for a reply past a limit in red, under the bot's apology", async () => {
    await ready();
    const input = page.locator("#composer-input");
    await input.pressSequentially("/oversized", { delay: 10 });
    await input.press("Enter");
    const error = page.locator("#messages .sandbox-error").first();
    await expect
      .poll(() => error.textContent(), { timeout: 10_000 })
      .toContain("content is 2001 > 2000");
    // An expression evaluated in the page: the tests are type-checked without the DOM library.
    const colour = await page.evaluate(
      "getComputedStyle(document.querySelector('#messages .sandbox-error')).color",
    );
    expect(colour).toBe("rgb(242, 63, 67)");
    await expect
      .poll(() => page.locator("#messages > discord-message").first().textContent())
      .toContain("Sorry, something went wrong");
    await screenshot(page, "10-refused-payload");
  });

  it("says in red why a member cannot send a command Discord hides from them", async () => {
    await ready();
    const input = page.locator("#composer-input");
    await input.fill("/reindex ");
    await input.press("Enter");
    const problem = page.locator("#composer-problems .sandbox-error");
    await expect.poll(() => problem.textContent()).toContain("No command /reindex");
  });

  it("offers an option's choices, and sends the id of an article picked by its title", async () => {
    await ready();
    const input = page.locator("#composer-input");
    const items = page.locator("#composer-popup .popup-label");
    await input.fill("");
    await input.pressSequentially("/summary length: ", { delay: 10 });
    await expect.poll(() => items.allTextContents()).toEqual(["Short", "Medium", "Long"]);
    await items.filter({ hasText: "Medium" }).click();
    await input.pressSequentially("article: musée", { delay: 10 });
    const title = "Le musée des Beaux-Arts de Lyon rouvre ses portes";
    await expect.poll(() => items.allTextContents(), { timeout: 5000 }).toContain(title);
    await items.filter({ hasText: title }).click();
    expect(await input.inputValue()).toBe(`/summary length: Medium article: ${title} `);
    await input.press("Enter");
    const summary = page.locator("#messages > discord-message").last();
    await expect
      .poll(() => summary.locator("discord-embed").getAttribute("embed-title"), { timeout: 10_000 })
      .toBe(title);
    expect(await summary.locator("discord-embed-footer").textContent()).toContain("Medium");
    await screenshot(page, "11-summary-article-choice");
  });

  it("loaded nothing from outside 127.0.0.1", async () => {
    await ready();
    expect(browser?.blocked).toEqual([]);
  });
});
