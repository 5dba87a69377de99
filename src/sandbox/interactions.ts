/**
 * INTERACTION_CREATE payloads shaped like Discord's (typed with discord-api-types v10), for
 * {@link DiscordStandIn.dispatchInteraction}: slash commands (with subcommands and attachments),
 * autocomplete, button clicks and modal submits, by a server member (with their permissions and
 * locale) or in a DM.
 */
import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIAttachment,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIModalSubmitInteraction,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  type Locale,
} from "discord-api-types/v10";
import type { World } from "./world.js";

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
/** What the bot may do in the channel (sent as `app_permissions`). */
const APP_PERMISSIONS = "2248473465835073";

export const alice: Member = { id: "300000000000000001", username: "alice", locale: "en-US" };
export const basile: Member = { id: "300000000000000002", username: "basile", locale: "fr" };

/** An option value as typed by the user. */
export type OptionValue = string | number | boolean;

/** An interaction before the stand-in gives it an id and a token (it keeps given ones). */
export type InteractionDraft = APIInteraction extends infer T
  ? T extends APIInteraction
    ? Omit<T, "id" | "token"> & { id?: string; token?: string }
    : never
  : never;

type Draft<T> = Omit<T, "id" | "token"> & { id?: string; token?: string };

const optionType = (value: OptionValue) =>
  typeof value === "boolean"
    ? ApplicationCommandOptionType.Boolean
    : typeof value === "number"
      ? ApplicationCommandOptionType.Integer
      : ApplicationCommandOptionType.String;

/** A slash command's options as Discord sends them; `focused` marks the one being typed. */
const commandOptions = (
  options: Record<string, OptionValue>,
  focused?: string,
): APIApplicationCommandInteractionDataBasicOption[] =>
  Object.entries(options).map(
    ([optionName, value]) =>
      ({
        name: optionName,
        type: optionType(value),
        value,
        ...(optionName === focused ? { focused: true } : {}),
      }) as APIApplicationCommandInteractionDataBasicOption,
  );

/** The user object Discord sends for a member. */
export const userOf = (member: Member): APIUser => ({
  id: member.id,
  username: member.username,
  discriminator: "0",
  global_name: member.username,
  avatar: null,
});

/**
 * Builders bound to one stand-in's world (its application) and one of its servers with its
 * channel: the first unless `guildId` names another of `world.guilds` (one per shard).
 */
export function interactionsFor(discord: { world: World }, where: { guildId?: string } = {}) {
  const { world } = discord;
  const place = where.guildId
    ? world.guilds.find(({ guild }) => guild.id === where.guildId)
    : { guild: world.guild, channel: world.channel };
  if (!place) throw new Error(`Discord stand-in: no server ${where.guildId} in this world`);
  const { guild, channel } = place;
  const base = <Type extends InteractionType>(type: Type, member: Member, inGuild = true) => {
    const user = userOf(member);
    const common = {
      type,
      application_id: world.application.id,
      version: 1 as const,
      locale: (member.locale ?? "en-US") as Locale,
      entitlements: [],
      app_permissions: APP_PERMISSIONS,
      attachment_size_limit: 10_485_760,
      authorizing_integration_owners: inGuild
        ? { [ApplicationIntegrationType.GuildInstall]: guild.id }
        : { [ApplicationIntegrationType.UserInstall]: member.id },
      context: inGuild ? InteractionContextType.Guild : InteractionContextType.BotDM,
    };
    if (!inGuild) {
      return {
        ...common,
        user,
        channel: { id: member.id, type: ChannelType.DM as const },
        channel_id: member.id,
      };
    }
    return {
      ...common,
      guild_id: guild.id,
      guild_locale: guild.preferred_locale,
      guild: { id: guild.id, locale: guild.preferred_locale, features: [] },
      channel: {
        id: channel.id,
        type: ChannelType.GuildText as const,
        guild_id: guild.id,
        name: channel.name,
      },
      channel_id: channel.id,
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
    ): Draft<APIChatInputApplicationCommandInteraction> {
      return {
        ...base(InteractionType.ApplicationCommand, member, settings.inGuild ?? true),
        data: {
          id: `cmd-${name}`,
          name,
          type: ApplicationCommandType.ChatInput,
          options: commandOptions(options),
        },
      };
    },

    /**
     * A slash command's subcommand (`/article add file: …`): option values as in
     * {@link chatInput}, and attachments (type 11 options, resolved as Discord sends them).
     */
    subcommand(
      name: string,
      subcommand: string,
      options: Record<string, OptionValue | APIAttachment>,
      member: Member,
    ): Draft<APIChatInputApplicationCommandInteraction> {
      const values: Record<string, OptionValue> = {};
      const files: [string, APIAttachment][] = [];
      for (const [optionName, value] of Object.entries(options)) {
        if (typeof value === "object") files.push([optionName, value]);
        else values[optionName] = value;
      }
      return {
        ...base(InteractionType.ApplicationCommand, member),
        data: {
          id: `cmd-${name}`,
          name,
          type: ApplicationCommandType.ChatInput,
          options: [
            {
              name: subcommand,
              type: ApplicationCommandOptionType.Subcommand,
              options: [
                ...commandOptions(values),
                ...files.map(([optionName, file]) => ({
                  name: optionName,
                  type: ApplicationCommandOptionType.Attachment as const,
                  value: file.id,
                })),
              ],
            },
          ],
          ...(files.length > 0
            ? {
                resolved: {
                  attachments: Object.fromEntries(files.map(([, file]) => [file.id, file])),
                },
              }
            : {}),
        },
      };
    },

    /** A modal submit (`type` 5): each field a text input in a label, as Discord sends them. */
    modalSubmit(
      customId: string,
      fields: Record<string, string>,
      member: Member,
    ): Draft<APIModalSubmitInteraction> {
      return {
        ...base(InteractionType.ModalSubmit, member),
        data: {
          custom_id: customId,
          components: Object.entries(fields).map(([fieldId, value], index) => ({
            type: ComponentType.Label,
            id: index * 2 + 1,
            component: {
              type: ComponentType.TextInput,
              id: index * 2 + 2,
              custom_id: fieldId,
              value,
            },
          })),
        },
      };
    },

    /** An autocomplete request (`type` 4) with `focused` the option being typed. */
    autocomplete(
      name: string,
      focused: string,
      options: Record<string, OptionValue>,
      member: Member,
      subcommand?: string,
    ): Draft<APIApplicationCommandAutocompleteInteraction> {
      const typed = commandOptions(options, focused);
      return {
        ...base(InteractionType.ApplicationCommandAutocomplete, member),
        data: {
          id: `cmd-${name}`,
          name,
          type: ApplicationCommandType.ChatInput,
          options: subcommand
            ? [{ name: subcommand, type: ApplicationCommandOptionType.Subcommand, options: typed }]
            : typed,
        },
      };
    },

    /** A button click (`type` 3) on a message the bot sent. */
    button(
      customId: string,
      message: APIMessage,
      member: Member,
    ): Draft<APIMessageComponentButtonInteraction> {
      return {
        ...base(InteractionType.MessageComponent, member),
        message,
        data: { custom_id: customId, component_type: ComponentType.Button },
      };
    },
  };
}

/** The custom_ids of a message's buttons, in order. */
export function buttonIds(message: APIMessage): string[] {
  const rows = (message.components ?? []) as { components?: { custom_id?: string }[] }[];
  return rows.flatMap((row) => (row.components ?? []).flatMap((button) => button.custom_id ?? []));
}
