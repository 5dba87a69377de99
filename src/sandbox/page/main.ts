/**
 * The sandbox page: a Discord-like server view where the real Gazette answers. Left, the server's
 * channels, who you are (member or server admin) and your language; centre, #general and the
 * message box; right, the corpus's articles.
 */
import "./avatars.js";
import "@skyra/discord-components-core";
import "./style.css";
import type { APIMessage } from "discord-api-types/v10";
import {
  type ChannelEntry,
  clickButton,
  followChannel,
  getArticles,
  getWorld,
  setOpenToEveryone,
  submitModal,
  type WorldInfo,
} from "./api.js";
import { avatarFor } from "./avatars.js";
import { createComposer } from "./composer.js";
import { renderEntry } from "./render.js";
import { type PageLanguage, words } from "./words.js";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const saved = new URLSearchParams(location.search);
let world: WorldInfo = await getWorld();
let persona = world.personas.find((p) => p.key === saved.get("persona")) ?? world.personas[0]!;
let locale = world.locales.includes(saved.get("locale") ?? "") ? saved.get("locale")! : "fr";
const entries = new Map<string, ChannelEntry>();
/** Ephemeral messages the user dismissed (Discord forgets them on the client too). */
const dismissed = new Set<string>();
const language = (): PageLanguage => (locale.startsWith("fr") ? "fr" : "en");
const t = () => words[language()];

const nameOf = (userId: string) =>
  world.personas.find((p) => p.id === userId)?.name ??
  (userId === world.bot.id ? world.bot.name : `user ${userId.slice(-4)}`);

const messageById = (id: string): APIMessage | undefined => {
  for (const entry of entries.values()) if (entry.message?.id === id) return entry.message;
  return undefined;
};

const list = byId<HTMLElement>("messages");

function visible(entry: ChannelEntry) {
  if (dismissed.has(entry.key)) return false;
  // A submitted form leaves nothing to show.
  if (!entry.message && !entry.modal && !entry.thinking && entry.errors.length === 0) return false;
  return entry.visibleTo === null || entry.visibleTo === persona.id;
}

const context = () => ({
  world,
  locale,
  words: t(),
  nameOf,
  messageById,
  onButton(message: APIMessage, customId: string, button: HTMLElement) {
    button.setAttribute("disabled", "");
    clickButton({ persona: persona.key, locale }, message.id, customId)
      .catch((error: Error) => showGlobalError(error.message))
      .finally(() => button.removeAttribute("disabled"));
  },
  onDismiss(entry: ChannelEntry) {
    dismissed.add(entry.key);
    place(entry);
  },
  onModalSubmit(entry: ChannelEntry, fields: Record<string, string>, form: HTMLFormElement) {
    const submit = form.querySelector("button[type=submit]");
    submit?.setAttribute("disabled", "");
    submitModal(
      { persona: persona.key, locale },
      entry.interactionId ?? "",
      entry.modal?.custom_id ?? "",
      fields,
    )
      .catch((error: Error) => showGlobalError(error.message))
      .finally(() => submit?.removeAttribute("disabled"));
  },
});

function showGlobalError(text: string) {
  const node = document.createElement("div");
  node.className = "sandbox-error";
  node.setAttribute("role", "alert");
  node.textContent = text;
  byId("composer-problems").replaceChildren(node);
}

function place(entry: ChannelEntry) {
  const existing = list.querySelector(`[data-key="${CSS.escape(entry.key)}"]`);
  if (!visible(entry)) {
    existing?.remove();
    return;
  }
  const node = renderEntry(entry, context());
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  if (existing) existing.replaceWith(node);
  else list.append(node);
  if (atBottom || !existing) stickToBottom();
}

/** Keeps the newest message in view while the components finish rendering (they grow). */
function stickToBottom() {
  const scroll = () => (list.scrollTop = list.scrollHeight);
  scroll();
  requestAnimationFrame(() => requestAnimationFrame(scroll));
  setTimeout(scroll, 100);
}

function renderAll() {
  list.replaceChildren();
  [...entries.values()].sort((a, b) => a.order - b.order).forEach(place);
}

async function renderArticles() {
  const panel = byId("articles-list");
  const articles = await getArticles();
  panel.replaceChildren(
    ...articles.map((article) => {
      const item = document.createElement("li");
      item.className = "article";
      const title = document.createElement(article.source ? "a" : "span");
      title.className = "article-title";
      title.textContent = article.title;
      if (article.source && title instanceof HTMLAnchorElement) {
        title.href = article.source;
        title.target = "_blank";
        title.rel = "noreferrer";
      }
      const meta = document.createElement("div");
      meta.className = "article-meta";
      meta.textContent = [article.id, article.date, t().paragraphs(article.paragraphs)]
        .filter(Boolean)
        .join(" · ");
      item.append(title, meta);
      return item;
    }),
  );
  if (articles.length === 0) panel.textContent = t().noArticles;
}

function renderChrome() {
  const words = t();
  document.documentElement.lang = language();
  byId("guild-name").textContent = world.guild.name;
  byId("guild-icon").textContent = world.guild.name.slice(0, 1);
  for (const node of document.querySelectorAll<HTMLElement>("[data-channel-name]")) {
    node.textContent = world.channel.name;
  }
  byId("sandbox-note").textContent = words.sandboxNote;
  byId("articles-heading").textContent = words.articles;
  byId("persona-label").textContent = words.persona;
  byId("language-label").textContent = words.language;
  byId("integrations-heading").textContent = words.integrations;
  byId<HTMLInputElement>("composer-input").placeholder = words.placeholder(world.channel.name);
  const personaSelect = byId<HTMLSelectElement>("persona");
  personaSelect.replaceChildren(
    ...world.personas.map((p) => {
      const option = document.createElement("option");
      option.value = p.key;
      option.textContent = `${p.name} (${p.key === "admin" ? words.admin : words.members})`;
      option.selected = p.key === persona.key;
      return option;
    }),
  );
  byId<HTMLSelectElement>("locale").value = locale;
  byId<HTMLImageElement>("self-avatar").src = avatarFor(persona.name, persona.id);
  byId("self-name").textContent = persona.name;
  byId("self-role").textContent = persona.key === "admin" ? words.admin : words.members;

  const settings = byId("integrations");
  settings.replaceChildren(
    ...world.commands
      .filter((command) => command.default_member_permissions)
      .map((command) => {
        const label = document.createElement("label");
        label.className = "setting";
        const box = document.createElement("input");
        box.type = "checkbox";
        box.dataset.command = command.name;
        box.checked = world.openedToEveryone.includes(command.name);
        box.addEventListener("change", async () => {
          world = await setOpenToEveryone(command.name, box.checked);
          composer.refresh();
        });
        const text = document.createElement("span");
        text.textContent = words.openToEveryone(command.name);
        text.title = words.hiddenFor(command.name);
        label.append(box, text);
        return label;
      }),
  );
}

const composer = createComposer(byId("composer"), {
  commands: () => world.commands,
  persona: () => persona,
  locale: () => locale,
  words: t,
  openedToEveryone: () => world.openedToEveryone,
});

byId<HTMLSelectElement>("persona").addEventListener("change", (event) => {
  persona = world.personas.find((p) => p.key === (event.target as HTMLSelectElement).value)!;
  renderChrome();
  renderAll();
  composer.refresh();
});
byId<HTMLSelectElement>("locale").addEventListener("change", (event) => {
  locale = (event.target as HTMLSelectElement).value;
  renderChrome();
  renderAll();
  void renderArticles();
  composer.refresh();
});

renderChrome();
void renderArticles();
followChannel((entry) => {
  entries.set(entry.key, entry);
  place(entry);
  // After /reindex or /article the corpus may have changed.
  const changesCorpus =
    entry.trigger?.kind === "command" && ["reindex", "article"].includes(entry.trigger.name);
  if ((changesCorpus || (entry.message && !entry.trigger)) && !entry.thinking) {
    void renderArticles();
  }
});
composer.focus();
document.body.dataset.ready = "true";
