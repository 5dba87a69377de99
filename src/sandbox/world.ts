/**
 * The Discord world the stand-in serves: one application and its bot user, one server ("guild")
 * with a #general text channel, and snowflake ids. Typed with discord-api-types v10, so a field
 * Discord adds or renames fails the type check here rather than confusing discord.js at run time.
 */
import {
  type APIApplication,
  type APIGuildTextChannel,
  type APIRole,
  type APIUser,
  type ApplicationFlags,
  type ChannelFlags,
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  type GatewayGuildCreateDispatchData,
  type RoleFlags,
  type UserFlags,
} from "discord-api-types/v10";

/** Discord's epoch (2015-01-01), the origin of snowflake timestamps. */
const DISCORD_EPOCH = 1420070400000n;

/** Everything the stand-in pretends exists on Discord's side. */
export interface World {
  /** A fresh, increasing snowflake id (timestamp + counter), as Discord makes them. */
  snowflake(): string;
  readonly application: APIApplication;
  readonly botUser: APIUser;
  /** The first server (on shard 0), and its #general. */
  readonly guild: GatewayGuildCreateDispatchData;
  readonly channel: APIGuildTextChannel<ChannelType.GuildText>;
  /**
   * Every server, one per shard of {@link World.shards}: `guilds[n]` is on shard n, its id chosen
   * so that `(id >> 22) % shards === n`, as Discord routes a server's events.
   */
  readonly guilds: readonly WorldGuild[];
  /** The shard count Discord recommends for this world (`GET /gateway/bot`). */
  readonly shards: number;
}

/** A server of the world and its text channel. */
export interface WorldGuild {
  readonly guild: GatewayGuildCreateDispatchData;
  readonly channel: APIGuildTextChannel<ChannelType.GuildText>;
}

/** The shard that receives a server's events: `(guild_id >> 22) % shardCount` (Discord's rule). */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** The permissions of `@everyone` in the stand-in's server (Discord's default set). */
export const EVERYONE_PERMISSIONS = "1071698660929";

/** Makes a new world; every id in it is a fresh snowflake. */
export function createWorld(
  options: { guildName?: string; channelName?: string; shards?: number } = {},
): World {
  let counter = 0n;
  const snowflake = () => String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) + counter++);
  const shards = options.shards ?? 1;
  if (!Number.isInteger(shards) || shards < 1) {
    throw new Error(`Discord stand-in: shards must be a whole number from 1, not ${shards}`);
  }
  /** A snowflake whose timestamp puts it on `shard` of `shards`. */
  const snowflakeOnShard = (shard: number) => {
    const now = BigInt(Date.now()) - DISCORD_EPOCH;
    const count = BigInt(shards);
    return String(((now - (now % count) + BigInt(shard)) << 22n) + counter++);
  };

  const applicationId = snowflake();
  const botUser: APIUser = {
    id: applicationId,
    username: "Gazette",
    discriminator: "0",
    global_name: null,
    avatar: null,
    bot: true,
    flags: 0 as UserFlags,
  };
  const owner: APIUser = { ...botUser, id: snowflake(), username: "owner", bot: false };
  const application: APIApplication = {
    id: applicationId,
    name: "Gazette",
    icon: null,
    description: "",
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: "0".repeat(64),
    flags: 0 as ApplicationFlags,
    flags_new: "0",
    team: null,
    owner,
    summary: "",
  };
  const makeGuild = (shard: number): WorldGuild => {
    const guildId = snowflakeOnShard(shard);
    const channel: APIGuildTextChannel<ChannelType.GuildText> = {
      id: snowflake(),
      type: ChannelType.GuildText,
      guild_id: guildId,
      name: shard === 0 ? (options.channelName ?? "general") : "general",
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
      flags: 0 as ChannelFlags,
    };
    const everyone: APIRole = {
      id: guildId,
      name: "@everyone",
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: 0,
      permissions: EVERYONE_PERMISSIONS,
      managed: false,
      mentionable: false,
      flags: 0 as RoleFlags,
    };
    const guild: GatewayGuildCreateDispatchData = {
      id: guildId,
      name: shard === 0 ? (options.guildName ?? "Stand-in Guild") : `Stand-in Guild ${shard + 1}`,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: owner.id,
      region: "",
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: GuildVerificationLevel.None,
      default_message_notifications: GuildDefaultMessageNotifications.AllMessages,
      explicit_content_filter: GuildExplicitContentFilter.Disabled,
      roles: [everyone],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0 as GuildSystemChannelFlags,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: GuildPremiumTier.None,
      preferred_locale: "fr" as GatewayGuildCreateDispatchData["preferred_locale"],
      public_updates_channel_id: null,
      nsfw_level: GuildNSFWLevel.Default,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      max_video_channel_users: 25,
      hub_type: null,
      incidents_data: null,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [],
      channels: [channel],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
    return { guild, channel };
  };
  const guilds = Array.from({ length: shards }, (_, shard) => makeGuild(shard));
  const [first] = guilds as [WorldGuild, ...WorldGuild[]];
  return {
    snowflake,
    application,
    botUser,
    guild: first.guild,
    channel: first.channel,
    guilds,
    shards,
  };
}
