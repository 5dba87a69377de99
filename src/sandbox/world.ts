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
  readonly guild: GatewayGuildCreateDispatchData;
  readonly channel: APIGuildTextChannel<ChannelType.GuildText>;
}

/** The permissions of `@everyone` in the stand-in's server (Discord's default set). */
export const EVERYONE_PERMISSIONS = "1071698660929";

/** Makes a new world; every id in it is a fresh snowflake. */
export function createWorld(options: { guildName?: string; channelName?: string } = {}): World {
  let counter = 0n;
  const snowflake = () => String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) + counter++);

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
  const guildId = snowflake();
  const channel: APIGuildTextChannel<ChannelType.GuildText> = {
    id: snowflake(),
    type: ChannelType.GuildText,
    guild_id: guildId,
    name: options.channelName ?? "general",
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
    name: options.guildName ?? "Stand-in Guild",
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
  return { snowflake, application, botUser, guild, channel };
}
