/** The sandbox server's JSON API and event stream, as the page uses them. */
import type { ChannelEntry } from "../channel.js";
import type { CommandSpec, OptionValue, PickedChoice } from "../command-input.js";

export type { ChannelEntry };

export interface WorldInfo {
  guild: { id: string; name: string };
  channel: { id: string; name: string };
  bot: { id: string; name: string };
  personas: { key: "member" | "admin"; id: string; name: string; permissions: string }[];
  locales: string[];
  commands: CommandSpec[];
  openedToEveryone: string[];
}

export interface ArticleInfo {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  paragraphs: number;
}

export interface Choice {
  name: string;
  value: OptionValue;
}

/** A refusal from the sandbox or from Discord's rules, shown in red. */
export class SandboxError extends Error {}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new SandboxError(json.error ?? `${method} ${path}: ${response.status}`);
  return json;
}

export const getWorld = () => call<WorldInfo>("GET", "/api/world");
export const getArticles = () => call<ArticleInfo[]>("GET", "/api/articles");
export const setOpenToEveryone = (command: string, openToEveryone: boolean) =>
  call<WorldInfo>("POST", "/api/settings", { command, openToEveryone });

interface Who {
  persona: string;
  locale: string;
}

export const sendCommand = (
  who: Who,
  name: string,
  values: Record<string, string>,
  picked: Record<string, PickedChoice>,
) =>
  call<{ id: string }>("POST", "/api/interactions", {
    kind: "command",
    ...who,
    name,
    values,
    picked,
  });

export const requestChoices = (
  who: Who,
  name: string,
  values: Record<string, string>,
  picked: Record<string, PickedChoice>,
  focused: string,
) =>
  call<{ id: string; choices: Choice[] }>("POST", "/api/interactions", {
    kind: "autocomplete",
    ...who,
    name,
    values,
    picked,
    focused,
  });

export const clickButton = (who: Who, messageId: string, customId: string) =>
  call<{ id: string }>("POST", "/api/interactions", {
    kind: "button",
    ...who,
    messageId,
    customId,
  });

/** Submits a form (modal) the bot opened with interaction `interactionId`. */
export const submitModal = (
  who: Who,
  interactionId: string,
  customId: string,
  fields: Record<string, string>,
) =>
  call<{ id: string }>("POST", "/api/interactions", {
    kind: "modal",
    ...who,
    interactionId,
    customId,
    fields,
  });

/** Calls `onEntry` for every channel entry, now and as they change. */
export function followChannel(onEntry: (entry: ChannelEntry) => void): EventSource {
  const source = new EventSource("/api/events");
  source.addEventListener("entry", (event) => onEntry(JSON.parse((event as MessageEvent).data)));
  return source;
}
