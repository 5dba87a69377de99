/**
 * INTERACTION_CREATE payloads shaped like Discord's (discord-api-types v10), for
 * {@link DiscordStandIn.dispatchInteraction}.
 */
import type { DiscordStandIn, StoredMessage } from "./index.js";

/** Who sends an interaction. */
export interface Member {
  id: string;
  username: string;
  /** Permission bitfield as Discord sends it (decimal string); default: a plain member's. */
  permissions?: string;
  /** User locale, e.g. `fr`, `en-US` (default `en-US`). */
  locale?: string;
}

/** Send Messages, View Channel, Read History…, without Manage Guild or Administrator. */
export const PLAIN_MEMBER_PERMISSIONS = String(
  (1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 6n),
);
export const MANAGE_GUILD = String((1n << 5n) | (1n << 10n) | (1n << 11n));
export const ADMINISTRATOR = String(1n << 3n);

export const alice: Member = { id: "300000000000000001", username: "alice", locale: "en-US" };
export const basile: Member = { id: "300000000000000002", username: "basile", locale: "fr" };

type OptionValue = string | number | boolean;

const optionType = (value: OptionValue) =>
  typeof value === "boolean" ? 5 : typeof value === "number" ? 4 : 3;

/** A slash command's options as Discord sends them; `focused` marks the one being typed. */
const commandOptions = (options: Record<string, OptionValue>, focused?: string) =>
  Object.entries(options).map(([optionName, value]) => ({
    name: optionName,
    type: optionType(value),
    value,
    ...(optionName === focused ? { focused: true } : {}),
  }));

/** Builders bound to one stand-in (its application, guild and channel). */
export function interactionsFor(discord: DiscordStandIn) {
  const base = (type: number, member: Member, inGuild = true) => {
    const user = {
      id: member.id,
      username: member.username,
      discriminator: "0",
      global_name: member.username,
      avatar: null,
    };
    const common = {
      type,
      application_id: discord.applicationId,
      locale: member.locale ?? "en-US",
      entitlements: [],
      authorizing_integration_owners: inGuild ? { "0": discord.guildId } : { "1": member.id },
      context: inGuild ? 0 : 1,
    };
    if (!inGuild) {
      return { ...common, user, channel: { id: member.id, type: 1 }, channel_id: member.id };
    }
    return {
      ...common,
      guild_id: discord.guildId,
      guild_locale: "fr",
      guild: { id: discord.guildId, locale: "fr", features: [] },
      channel: { id: discord.channelId, type: 0, guild_id: discord.guildId, name: "general" },
      channel_id: discord.channelId,
      member: {
        user,
        roles: [],
        nick: null,
        avatar: null,
        joined_at: "2024-01-01T00:00:00.000Z",
        premium_since: null,
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        permissions: member.permissions ?? PLAIN_MEMBER_PERMISSIONS,
      },
    };
  };

  return {
    /** A slash command (`type` 2, chat input). */
    chatInput(
      name: string,
      options: Record<string, OptionValue>,
      member: Member,
      settings: { inGuild?: boolean } = {},
    ) {
      return {
        ...base(2, member, settings.inGuild ?? true),
        data: {
          id: `cmd-${name}`,
          name,
          type: 1,
          options: commandOptions(options),
        },
      };
    },

    /** An autocomplete request (`type` 4) with `focused` the option being typed. */
    autocomplete(
      name: string,
      focused: string,
      options: Record<string, OptionValue>,
      member: Member,
    ) {
      return {
        ...base(4, member),
        data: {
          id: `cmd-${name}`,
          name,
          type: 1,
          options: commandOptions(options, focused),
        },
      };
    },

    /** A button click (`type` 3) on a message the bot sent. */
    button(customId: string, message: StoredMessage, member: Member) {
      return {
        ...base(3, member),
        message,
        data: { custom_id: customId, component_type: 2 },
      };
    },
  };
}

/** The custom_ids of a message's buttons, in order. */
export function buttonIds(message: StoredMessage): string[] {
  const rows = (message.components ?? []) as { components: { custom_id?: string }[] }[];
  return rows.flatMap((row) => row.components.flatMap((button) => button.custom_id ?? []));
}
