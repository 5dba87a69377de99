/**
 * The sandbox's #general channel as a list of entries, built from the stand-in's events: each
 * interaction's response (a "thinking…" placeholder while deferred, then the message), its
 * follow-ups, edits, and the requests Discord would have refused. Ephemeral messages are visible
 * to their user only, as in Discord. Listeners get every entry again when it changes.
 */
import {
  type APIInteraction,
  type APIModalInteractionResponseCallbackData,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from "discord-api-types/v10";
import type { StandInEvent } from "./events.js";
import type { InteractionRecord, StoredMessage } from "./messages.js";

/** What made the bot post a message: a slash command, or a click on a button of a message. */
export type Trigger =
  { kind: "command"; name: string } | { kind: "button"; customId: string; messageId: string };

/** One item of the channel. */
export interface ChannelEntry {
  /** Stable across updates of the same item. */
  key: string;
  /** When it appeared (ms since the epoch). */
  at: number;
  /** Its place in the channel, oldest first. */
  order: number;
  interactionId: string | null;
  /** Who used the command or clicked. */
  user: { id: string; name: string } | null;
  trigger: Trigger | null;
  /** The user who alone sees it (ephemeral), or null for everyone. */
  visibleTo: string | null;
  /** True between a deferred response and its edit ("Gazette is thinking…"). */
  thinking: boolean;
  message: StoredMessage | null;
  /** What Discord refused or noticed for this interaction ("did not respond"), shown in red. */
  errors: string[];
  /** A form the bot opened (a modal, callback type 9), shown to its user until submitted. */
  modal: APIModalInteractionResponseCallbackData | null;
}

/** How long Discord waits for the first response before "The application did not respond". */
export const FIRST_RESPONSE_MS = 3000;

export class SandboxChannel {
  readonly #entries = new Map<string, ChannelEntry>();
  readonly #listeners = new Set<(entry: ChannelEntry) => void>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  readonly #firstResponseMs: number;
  #sequence = 0;

  constructor(options: { firstResponseMs?: number } = {}) {
    this.#firstResponseMs = options.firstResponseMs ?? FIRST_RESPONSE_MS;
  }

  /** Every entry, oldest first. */
  entries(): ChannelEntry[] {
    return [...this.#entries.values()].sort((a, b) => a.order - b.order);
  }

  subscribe(listener: (entry: ChannelEntry) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Feed with `standIn.subscribe((event) => channel.apply(event))`. */
  apply(event: StandInEvent): void {
    switch (event.type) {
      case "interaction":
        this.#watchFirstResponse(event.record);
        break;
      case "callback": {
        // A deferral's placeholder comes with the "message" event that follows; a form shows now.
        const { record } = event;
        if (record.callback?.type === InteractionResponseType.Modal) {
          this.#upsert({
            ...this.#base(record, `i-${record.id}`),
            visibleTo: userOf(record.payload).id,
            modal: record.callback.data,
          });
        }
        break;
      }
      case "message": {
        const { record, message, kind } = event;
        const deferred =
          kind === "original" &&
          record.callback?.type === InteractionResponseType.DeferredChannelMessageWithSource;
        this.#upsert({
          ...this.#base(record, kind === "original" ? `i-${record.id}` : `m-${message.id}`),
          visibleTo: isEphemeral(message) ? userOf(record.payload).id : null,
          thinking: deferred,
          message,
        });
        break;
      }
      case "edit": {
        const entry = this.#entryWithMessage(event.message.id);
        if (entry) this.#upsert({ ...entry, message: event.message, thinking: false });
        break;
      }
      case "delete": {
        const entry = this.#entryWithMessage(event.messageId);
        if (entry) {
          this.#entries.delete(entry.key);
          this.#notify({ ...entry, message: null, errors: ["deleted"] });
        }
        break;
      }
      case "failure":
        this.#error(event.record, event.problem);
        break;
    }
  }

  /** The form an interaction opened and is still open, with the user it was opened for. */
  modalOf(
    interactionId: string,
  ): { data: APIModalInteractionResponseCallbackData; userId: string } | null {
    const entry = this.#entries.get(`i-${interactionId}`);
    return entry?.modal && entry.visibleTo ? { data: entry.modal, userId: entry.visibleTo } : null;
  }

  /** The form was submitted (or dismissed): it leaves the channel, as Discord closes it. */
  closeModal(interactionId: string): void {
    const entry = this.#entries.get(`i-${interactionId}`);
    if (!entry?.modal) return;
    this.#entries.delete(entry.key);
    this.#notify({ ...entry, modal: null, errors: ["deleted"] });
  }

  /** Stops the "did not respond" timers. */
  close(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#listeners.clear();
  }

  #watchFirstResponse(record: InteractionRecord) {
    if (record.payload.type === InteractionType.ApplicationCommandAutocomplete) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (!record.callback) this.#error(record, "The application did not respond");
    }, this.#firstResponseMs);
    this.#timers.add(timer);
  }

  #error(record: InteractionRecord | null, problem: string) {
    if (record?.payload.type === InteractionType.ApplicationCommandAutocomplete) {
      // Autocomplete failures are shown by the message box, which waits for the choices.
      return;
    }
    const key = record ? `i-${record.id}` : `e-${++this.#sequence}`;
    const existing = this.#entries.get(key) ?? (record ? this.#base(record, key) : null);
    const entry: ChannelEntry = existing ?? {
      key,
      at: Date.now(),
      order: ++this.#sequence,
      interactionId: null,
      user: null,
      trigger: null,
      visibleTo: null,
      thinking: false,
      message: null,
      errors: [],
      modal: null,
    };
    this.#upsert({ ...entry, errors: [...entry.errors, problem] });
  }

  #base(record: InteractionRecord, key: string): ChannelEntry {
    const existing = this.#entries.get(key);
    if (existing) return existing;
    const user = userOf(record.payload);
    return {
      key,
      at: Date.now(),
      order: ++this.#sequence,
      interactionId: record.id,
      user: { id: user.id, name: user.global_name ?? user.username },
      trigger: triggerOf(record.payload),
      visibleTo: null,
      thinking: false,
      message: null,
      errors: [],
      modal: null,
    };
  }

  #entryWithMessage(messageId: string): ChannelEntry | undefined {
    for (const entry of this.#entries.values()) if (entry.message?.id === messageId) return entry;
    return undefined;
  }

  #upsert(entry: ChannelEntry) {
    this.#entries.set(entry.key, entry);
    this.#notify(entry);
  }

  #notify(entry: ChannelEntry) {
    for (const listener of this.#listeners) listener(entry);
  }
}

const isEphemeral = (message: StoredMessage) =>
  (Number(message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

function userOf(payload: APIInteraction) {
  const user = payload.member?.user ?? payload.user;
  return user ?? { id: "0", username: "unknown", global_name: null };
}

function triggerOf(payload: APIInteraction): Trigger | null {
  if (payload.type === InteractionType.ApplicationCommand) {
    return { kind: "command", name: payload.data.name };
  }
  if (payload.type === InteractionType.MessageComponent) {
    return { kind: "button", customId: payload.data.custom_id, messageId: payload.message.id };
  }
  return null;
}
