/**
 * Messages the stand-in holds for interactions: the original response and the follow-ups, built
 * from what the bot sent the way Discord stores them (ids, author, timestamps, flags).
 */
import {
  type APIAllowedMentions,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessage,
  MessageType,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
  type RESTPostAPIWebhookWithTokenJSONBody,
} from "discord-api-types/v10";
import type { World } from "./world.js";

/** A message the stand-in holds, with the `allowed_mentions` the bot sent it with. */
export type StoredMessage = APIMessage & { allowed_mentions?: APIAllowedMentions };

/** What a bot may send as a message: callback data, a follow-up, an edit. */
export type MessageBody = RESTPostAPIWebhookWithTokenJSONBody & { flags?: number };

/** One interaction as the stand-in tracks it, from INTERACTION_CREATE to its last follow-up. */
export interface InteractionRecord {
  id: string;
  token: string;
  payload: APIInteraction;
  callback: APIInteractionResponse | null;
  original: StoredMessage | null;
  followUps: StoredMessage[];
}

/** The channel an interaction happened in (a DM's channel when not in a server). */
export const channelIdOf = (payload: APIInteraction): string =>
  payload.channel?.id ?? payload.channel_id ?? "";

/** A new message from the bot, as Discord stores what it was sent. */
export function messageFrom(world: World, body: MessageBody, channelId: string): StoredMessage {
  const message: StoredMessage = {
    id: world.snowflake(),
    type: MessageType.ChatInputCommand,
    channel_id: channelId,
    author: world.botUser,
    content: body.content ?? "",
    embeds: body.embeds ?? [],
    components: (body.components ?? []) as NonNullable<APIMessage["components"]>,
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: body.tts ?? false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    application_id: world.application.id,
    webhook_id: world.application.id,
    flags: Number(body.flags ?? 0),
  };
  if (body.allowed_mentions) message.allowed_mentions = body.allowed_mentions;
  return message;
}

/** Applies an edit (PATCH of a webhook message, or an update callback); flags never change. */
export function applyEdit(
  target: StoredMessage,
  body: RESTPatchAPIWebhookWithTokenMessageJSONBody,
): void {
  if (body.content !== undefined) target.content = body.content ?? "";
  if (body.embeds !== undefined) target.embeds = body.embeds ?? [];
  if (body.components !== undefined) {
    target.components = (body.components ?? []) as NonNullable<APIMessage["components"]>;
  }
  if (body.allowed_mentions) target.allowed_mentions = body.allowed_mentions;
  target.edited_timestamp = new Date().toISOString();
}
