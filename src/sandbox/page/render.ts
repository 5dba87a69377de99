/**
 * Channel entries as Discord shows them, with @skyra/discord-components-core: the bot's message
 * under "<user> used /command" (or as a reply to the message whose button was clicked), its
 * content and embeds in Discord's markdown, its buttons, "Only you can see this" when it is
 * ephemeral, "thinking…" while deferred, and what Discord refused in red.
 */
import type { APIEmbed, APIMessage } from "discord-api-types/v10";
import { localName } from "../command-input.js";
import type { ChannelEntry, WorldInfo } from "./api.js";
import { avatarFor } from "./avatars.js";
import { type NameOf, renderMarkdown, unescapeMarkdown } from "./markdown.js";
import type { Words } from "./words.js";

/** What rendering needs besides the entry. */
export interface RenderContext {
  world: WorldInfo;
  locale: string;
  words: Words;
  nameOf: NameOf;
  /** The message an entry's button was clicked on, to quote it. */
  messageById(id: string): APIMessage | undefined;
  onButton(message: APIMessage, customId: string, button: HTMLElement): void;
  /** "Dismiss message" under an ephemeral message. */
  onDismiss(entry: ChannelEntry): void;
  /** A form (modal) the bot opened was submitted, with its text inputs' values by custom_id. */
  onModalSubmit(entry: ChannelEntry, fields: Record<string, string>, form: HTMLFormElement): void;
}

const BUTTON_TYPES: Record<number, string> = {
  1: "primary",
  2: "secondary",
  3: "success",
  4: "destructive",
};

const element = (tag: string, attributes: Record<string, string> = {}, children: Node[] = []) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

const hex = (colour: number | undefined) =>
  colour === undefined ? "#1e1f22" : `#${colour.toString(16).padStart(6, "0")}`;

function embedElement(embed: APIEmbed, context: RenderContext): HTMLElement {
  const attributes: Record<string, string> = { slot: "embeds", color: hex(embed.color) };
  if (embed.title) attributes["embed-title"] = unescapeMarkdown(embed.title);
  if (embed.url) attributes.url = embed.url;
  if (embed.author?.name) attributes["author-name"] = embed.author.name;
  const node = element("discord-embed", attributes);
  if (embed.description) {
    node.append(
      element(
        "discord-embed-description",
        { slot: "description" },
        renderMarkdown(embed.description, context.nameOf),
      ),
    );
  }
  if (embed.fields && embed.fields.length > 0) {
    const fields = element("discord-embed-fields", { slot: "fields" });
    embed.fields.forEach((field, index) => {
      const attrs: Record<string, string> = { "field-title": unescapeMarkdown(field.name) };
      if (field.inline) {
        attrs.inline = "";
        attrs["inline-index"] = String((index % 3) + 1);
      }
      fields.append(
        element("discord-embed-field", attrs, renderMarkdown(field.value, context.nameOf)),
      );
    });
    node.append(fields);
  }
  if (embed.footer?.text) {
    node.append(
      element("discord-embed-footer", { slot: "footer" }, [
        document.createTextNode(embed.footer.text),
      ]),
    );
  }
  return node;
}

function componentsElement(message: APIMessage, context: RenderContext): HTMLElement | null {
  const rows = (message.components ?? []) as {
    components?: {
      type: number;
      style?: number;
      label?: string;
      custom_id?: string;
      url?: string;
      disabled?: boolean;
    }[];
  }[];
  if (rows.length === 0) return null;
  const attachments = element("discord-attachments", { slot: "components" });
  for (const row of rows) {
    const actionRow = element("discord-action-row");
    for (const component of row.components ?? []) {
      if (component.type !== 2) continue;
      const attrs: Record<string, string> = {
        type: BUTTON_TYPES[component.style ?? 2] ?? "secondary",
      };
      if (component.url) attrs.url = component.url;
      if (component.disabled) attrs.disabled = "";
      if (component.custom_id) attrs["data-custom-id"] = component.custom_id;
      const button = element("discord-button", attrs, [
        document.createTextNode(component.label ?? ""),
      ]);
      const customId = component.custom_id;
      if (customId && !component.url) {
        button.addEventListener("click", () => context.onButton(message, customId, button));
      }
      actionRow.append(button);
    }
    attachments.append(actionRow);
  }
  return attachments;
}

/** A form the bot opened (a Discord modal): its title, labelled text inputs, Submit and Cancel. */
function modalElement(entry: ChannelEntry, context: RenderContext): HTMLElement {
  const modal = entry.modal!;
  const form = element("form", {
    class: "sandbox-modal",
    "data-custom-id": modal.custom_id,
  }) as HTMLFormElement;
  form.append(element("h3", {}, [document.createTextNode(modal.title)]));
  for (const component of modal.components) {
    const labelled = component as {
      label?: string;
      component?: Record<string, unknown>;
      components?: Record<string, unknown>[];
    };
    const input = labelled.component ?? labelled.components?.[0];
    if (!input || input.type !== 4) continue;
    const paragraph = input.style === 2;
    const field = element(paragraph ? "textarea" : "input", {
      name: String(input.custom_id),
      ...(typeof input.max_length === "number" ? { maxlength: String(input.max_length) } : {}),
      ...(typeof input.placeholder === "string" ? { placeholder: input.placeholder } : {}),
      ...(input.required === false ? {} : { required: "" }),
    }) as HTMLInputElement | HTMLTextAreaElement;
    if (typeof input.value === "string") field.value = input.value;
    const text = labelled.label ?? String(input.label ?? input.custom_id);
    form.append(element("label", {}, [document.createTextNode(text), field]));
  }
  const submit = element("button", { type: "submit", class: "modal-submit" }, [
    document.createTextNode(context.words.submit),
  ]);
  const cancel = element("button", { type: "button", class: "modal-cancel" }, [
    document.createTextNode(context.words.cancel),
  ]);
  cancel.addEventListener("click", () => context.onDismiss(entry));
  form.append(element("div", { class: "modal-actions" }, [cancel, submit]));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      "input, textarea",
    )) {
      fields[field.name] = field.value;
    }
    context.onModalSubmit(entry, fields, form);
  });
  return form;
}

function header(entry: ChannelEntry, context: RenderContext): HTMLElement | null {
  if (!entry.user || !entry.trigger) return null;
  const trigger = entry.trigger;
  if (trigger.kind === "command") {
    const spec = context.world.commands.find((command) => command.name === trigger.name);
    const name = spec ? localName(spec, context.locale) : trigger.name;
    return element("discord-command", {
      slot: "reply",
      author: entry.user.name,
      avatar: avatarFor(entry.user.name, entry.user.id),
      command: `/${name}`,
    });
  }
  const clicked = context.messageById(trigger.messageId);
  const quoted = (clicked?.content ?? "").split("\n")[0] ?? "";
  return element(
    "discord-reply",
    {
      slot: "reply",
      author: context.world.bot.name,
      avatar: avatarFor(context.world.bot.name, context.world.bot.id),
      bot: "",
    },
    [document.createTextNode(unescapeMarkdown(quoted.replace(/\*\*/g, "")))],
  );
}

/** "Today at 21:45", as Discord labels today's messages. */
function timeOfDay(date: Date, locale: string): string {
  const time = date.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" });
  return locale.startsWith("fr") ? `Aujourd’hui à ${time}` : `Today at ${time}`;
}

/** The element for one entry (a new one each time; the caller swaps it in). */
export function renderEntry(entry: ChannelEntry, context: RenderContext): HTMLElement {
  const { world, words } = context;
  const message = entry.message;
  const attributes: Record<string, string> = {
    author: world.bot.name,
    avatar: avatarFor(world.bot.name, world.bot.id),
    bot: "",
    "twenty-four": "",
    timestamp: timeOfDay(new Date(message?.timestamp ?? entry.at), context.locale),
    "data-key": entry.key,
  };
  if (entry.visibleTo) attributes.ephemeral = "";
  if (message?.edited_timestamp && !entry.thinking && entry.trigger?.kind !== "command") {
    attributes.edited = "";
  }
  const node = element("discord-message", attributes) as HTMLElement & {
    dismissMessageClicked?: () => void;
  };
  if (entry.visibleTo) node.dismissMessageClicked = () => context.onDismiss(entry);
  if (message) node.dataset.messageId = message.id;
  if (entry.interactionId) node.dataset.interactionId = entry.interactionId;
  const top = header(entry, context);
  if (top) node.append(top);

  if (entry.modal) {
    node.append(modalElement(entry, context));
  } else if (entry.thinking) {
    node.append(
      element("span", { class: "thinking" }, [
        document.createTextNode(words.thinking(world.bot.name)),
      ]),
    );
  } else if (message) {
    if (message.content) node.append(...renderMarkdown(message.content, context.nameOf));
    for (const embed of message.embeds ?? []) node.append(embedElement(embed, context));
    const components = componentsElement(message, context);
    if (components) node.append(components);
  }
  for (const problem of entry.errors) {
    const text =
      problem === "The application did not respond"
        ? words.noResponse
        : `${words.discordSaid}: ${problem}`;
    node.append(
      element("div", { class: "sandbox-error", role: "alert" }, [document.createTextNode(text)]),
    );
  }
  return node;
}
