/**
 * The sandbox page in a real Chromium, served by `npm start` without a token: what a new user
 * sees and does, from a French question to /reindex as an admin. Each step saves a screenshot
 * under test-artifacts/browser/.
 */
import type { Locator, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { sandboxPageSession, screenshot } from "./sandbox-page.js";

const session = sandboxPageSession();
let page: Page;
const ready = async () => {
  page = await session.ready();
};

afterAll(async () => {
  expect(await session.close()).toBe(0);
});

const input = () => page.locator("#composer-input");
const messages = () => page.locator("#messages > discord-message");
const popupItems = () => page.locator("#composer-popup .popup-item");

/** Types a line as a user would, key by key, then Enter; resolves with the bot's new message. */
async function send(line: string): Promise<Locator> {
  const before = await messages().count();
  await input().click();
  await input().fill("");
  await input().pressSequentially(line, { delay: 5 });
  await input().press("Enter");
  return newMessage(before);
}

/** The message after the first `before` ones, once the bot has answered (not "thinking…"). */
async function newMessage(before: number): Promise<Locator> {
  await expect.poll(() => messages().count(), { timeout: 10_000 }).toBeGreaterThan(before);
  const message = messages().nth(before);
  await expect.poll(() => message.locator(".thinking").count(), { timeout: 10_000 }).toBe(0);
  return message;
}

async function choose(selector: string, value: string) {
  await page.selectOption(selector, value);
}

describe("the sandbox page (npm start without a token)", () => {
  it("answers a French question with the right paragraph, its words in bold", async () => {
    await ready();
    const message = await send("/ask c'est qui qui démine Palmyre ?");
    await expect.poll(() => message.locator("discord-embed").count()).toBeGreaterThan(0);
    const embed = message.locator("discord-embed").first();
    expect(await embed.getAttribute("embed-title")).toMatch(/Palmyre.* · §6$/);
    const bold = await embed.locator("discord-embed-description strong").allTextContents();
    expect(bold.map((word) => word.toLowerCase())).toEqual(
      expect.arrayContaining(["palmyre", "démineurs"]),
    );
    expect(await embed.locator("discord-embed-description u").count()).toBeGreaterThan(0);
    expect(await message.locator("discord-command").getAttribute("command")).toBe("/question");
    expect(await message.textContent()).toContain("Question :");
    expect(await message.getAttribute("ephemeral")).toBeNull();
    await screenshot(page, "01-french-question");
  });

  it("autocompletes the question with the corpus's words as you type", async () => {
    await ready();
    await input().fill("");
    await input().pressSequentially("/ask les démin", { delay: 20 });
    const labels = () => popupItems().locator(".popup-label").allTextContents();
    await expect
      .poll(async () => (await labels()).some((choice) => choice === "les démineurs"), {
        timeout: 5000,
      })
      .toBe(true);
    await screenshot(page, "02-autocomplete");
    await popupItems().filter({ hasText: "les démineurs" }).click();
    expect(await input().inputValue()).toBe("/question question: les démineurs ");
    await input().fill("");
  });

  it("shows the next passages with 'more results'", async () => {
    await ready();
    const first = await send("/ask question: Palmyre armée syrienne résultats: 1");
    expect(await first.textContent()).toContain("résultat 1");
    const before = await messages().count();
    await first.locator("discord-button", { hasText: "Plus de résultats" }).click();
    const second = await newMessage(before);
    expect(await second.textContent()).toContain("résultat 2");
    expect(await second.locator("discord-reply").count()).toBe(1);
    await screenshot(page, "03-more-results");
  });

  it("records a 👍 on an answer, privately, and changes it to 👎", async () => {
    await ready();
    const answer = await send("/ask question: démineurs russes");
    // The screenshot also lets the answer's components settle before the click.
    await screenshot(page, "03b-vote-answer");
    const up = answer.locator("discord-button", { hasText: "👍" });
    const down = answer.locator("discord-button", { hasText: "👎" });
    expect(await up.getAttribute("data-custom-id")).toMatch(/^ask:vote:[\w-]{10}:up$/);
    let before = await messages().count();
    await up.click();
    const thanks = await newMessage(before);
    expect(await thanks.getAttribute("ephemeral")).not.toBeNull();
    expect(await thanks.textContent()).toContain("Merci, votre vote est enregistré.");
    await screenshot(page, "03c-vote-recorded");
    before = await messages().count();
    await down.click();
    expect(await (await newMessage(before)).textContent()).toContain("votre vote est modifié");
    await screenshot(page, "03d-vote-changed");
  });

  it("answers privately, then shares the answer in the channel", async () => {
    await ready();
    // The option is offered as its name is typed, then its True/False choices.
    await input().fill("");
    await input().pressSequentially("/ask question: démineurs russes priv", { delay: 10 });
    await popupItems().filter({ hasText: "privé:" }).click();
    await popupItems().filter({ hasText: "True" }).click();
    expect(await input().inputValue()).toBe("/question question: démineurs russes privé: True ");
    const before = await messages().count();
    await input().press("Enter");
    const mine = await newMessage(before);
    expect(await mine.getAttribute("ephemeral")).not.toBeNull();
    await expect.poll(() => mine.textContent()).toContain("résultat");
    expect(await page.getByText("Only you can see this").count()).toBeGreaterThan(0);
    const shares = await messages().count();
    await mine.locator("discord-button", { hasText: "Partager dans le salon" }).click();
    const shared = await newMessage(shares);
    expect(await shared.getAttribute("ephemeral")).toBeNull();
    expect(await shared.textContent()).toContain("Partagé par");
    expect(await shared.locator("discord-mention").textContent()).toContain("Camille");
    await screenshot(page, "04-private-then-shared");
    // "Dismiss message" hides the private one, as Discord's client does.
    const key = await mine.getAttribute("data-key");
    await mine.getByText("Dismiss message").click();
    expect(await page.locator(`#messages > [data-key="${key}"]`).count()).toBe(0);
  });

  it("summarises the article on a topic, citing paragraphs", async () => {
    await ready();
    const summary = await send("/résumé sujet: déminage");
    const embed = summary.locator("discord-embed").first();
    await expect.poll(() => embed.count()).toBe(1);
    const description = await embed.locator("discord-embed-description").textContent();
    expect(description).toMatch(/\[§\d+\]/);
    expect(description?.toLowerCase()).toContain("démin");
    expect(await embed.locator("discord-embed-footer").textContent()).toContain("déminage");
    await screenshot(page, "05-summary-topic");
  });

  it("refuses /reindex to a plain member, as Discord hides it and Gazette checks", async () => {
    await ready();
    await input().fill("/réi");
    await expect.poll(() => popupItems().count()).toBe(0);
    // A server admin can open the command to everyone; Gazette still refuses a member.
    await page.locator('#integrations input[data-command="reindex"]').check();
    await input().fill("");
    await input().pressSequentially("/réi", { delay: 20 });
    await expect.poll(() => popupItems().count()).toBe(1);
    const refusal = await send("/réindexer");
    expect(await refusal.getAttribute("ephemeral")).not.toBeNull();
    expect(await refusal.textContent()).toContain("Désolé");
    await screenshot(page, "06-reindex-refused");
  });

  it("rebuilds the index for a server admin and shows the figures", async () => {
    await ready();
    await choose("#persona", "admin");
    const report = await send("/réindexer");
    const embed = report.locator("discord-embed").first();
    await expect.poll(() => embed.count()).toBe(1);
    const fields = await embed
      .locator("discord-embed-field")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("field-title")));
    expect(fields).toEqual(expect.arrayContaining(["Articles", "Passages"]));
    expect(await report.getAttribute("ephemeral")).not.toBeNull();
    await screenshot(page, "07-reindex-admin");
    // The member's private refusal is not shown to the admin.
    expect(await page.getByText("seuls les gestionnaires").count()).toBe(0);
  });

  it("shows /report to the admin: the unanswered question, the 👎 answer, add-article buttons", async () => {
    await ready();
    await send("/ask la météo à Bordeaux demain");
    // A command with options is chosen once a space follows its name, as in Discord.
    const report = await send("/rapport ");
    expect(await report.getAttribute("ephemeral")).not.toBeNull();
    const embeds = report.locator("discord-embed");
    await expect.poll(() => embeds.count()).toBe(3);
    expect(await embeds.first().getAttribute("embed-title")).toContain(
      "Questions sans réponse les plus fréquentes",
    );
    const text = await report.textContent();
    expect(text).toContain("la météo à Bordeaux demain");
    expect(text).toContain("“démineurs russes”");
    const add = report.locator("discord-button", { hasText: "Ajouter un article pour 1" });
    expect(await add.getAttribute("data-custom-id")).toBe("article:add:la météo à Bordeaux demain");
    await screenshot(page, "07b-report");
  });

  it("speaks English to a user whose locale is English", async () => {
    await ready();
    await choose("#locale", "en-US");
    const answer = await send("/ask Who demined Palmyra?");
    expect(await answer.textContent()).toContain("Question:");
    const embed = answer.locator("discord-embed").first();
    expect(await embed.locator("discord-embed-footer").textContent()).toMatch(
      /Paragraph \d+ of \d+/,
    );
    expect(await answer.locator("discord-command").getAttribute("command")).toBe("/ask");
    await screenshot(page, "08-english");
  });

  it("loaded nothing from outside 127.0.0.1", async () => {
    await ready();
    expect(session.blocked()).toEqual([]);
  });
});
