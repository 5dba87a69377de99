/**
 * `/article` on the sandbox page in a real Chromium: an admin lists the articles, opens the form
 * of `/article add` (no file can be attached from the page), submits it, and `/ask` finds the
 * new article. Screenshots go to test-artifacts/browser/.
 */
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { sandboxPageSession, screenshot } from "./sandbox-page.js";

const session = sandboxPageSession("?persona=admin&locale=en-US");
let page: Page;
const ready = async () => {
  page = await session.ready();
};

afterAll(async () => {
  expect(await session.close()).toBe(0);
});

const input = () => page.locator("#composer-input");
const popupItems = () => page.locator("#composer-popup .popup-item");

/** Types a line key by key (Tab then picks the command from the list, Enter sends). */
async function type(line: string) {
  await input().click();
  await input().fill("");
  await input().pressSequentially(line, { delay: 5 });
}

describe("/article on the sandbox page", () => {
  it("lists the subcommands as Discord does, and lists the articles", async () => {
    await ready();
    await type("/article");
    await expect
      .poll(() => popupItems().allTextContents())
      .toEqual([
        expect.stringContaining("/article add"),
        expect.stringContaining("/article list"),
        expect.stringContaining("/article remove"),
      ]);
    await type("/article list page: 1");
    await input().press("Enter");
    const list = page.locator("discord-embed", { hasText: "palmyre-offensive-2016" });
    await expect.poll(() => list.count(), { timeout: 10_000 }).toBe(1);
    await screenshot(page, "article-01-list");
  });

  it("opens the form of /article add, and the submitted article is added and found", async () => {
    await ready();
    await type("/article add");
    await input().press("Tab");
    await expect.poll(() => input().inputValue()).toBe("/article add ");
    await input().press("Enter");
    const form = page.locator("form.sandbox-modal");
    await expect.poll(() => form.count(), { timeout: 10_000 }).toBe(1);
    await form.locator('input[name="title"]').fill("Le viaduc de Millau fermé");
    await form
      .locator('textarea[name="text"]')
      .fill("Le viaduc de Millau est fermé à la circulation pour des travaux de peinture.");
    await screenshot(page, "article-02-form");
    await form.locator("button[type=submit]").click();
    const added = page.locator("discord-message", { hasText: "Article added" });
    await expect.poll(() => added.count(), { timeout: 15_000 }).toBe(1);
    expect(await form.count()).toBe(0);
    expect(await added.textContent()).toContain("le-viaduc-de-millau-ferme");
    await expect
      .poll(() => page.locator("#articles-list").textContent(), { timeout: 10_000 })
      .toContain("Le viaduc de Millau fermé");
    await screenshot(page, "article-03-added");

    await type("/ask viaduc Millau fermé");
    await input().press("Enter");
    const answer = page.locator("discord-message", { hasText: "Question:" });
    await expect
      .poll(() => answer.last().textContent(), { timeout: 10_000 })
      .toContain("Le viaduc de Millau");
  });

  it("loaded nothing from outside 127.0.0.1", async () => {
    await ready();
    expect(session.blocked()).toEqual([]);
  });
});
