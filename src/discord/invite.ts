import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from "discord.js";

/**
 * Gazette needs no channel permission to answer slash commands (replies go through the interaction
 * webhook); View Channel, Send Messages and Embed Links let its replies show everywhere.
 */
export const BOT_PERMISSIONS = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
]);

/** The URL a server admin opens to add Gazette (bot user and slash commands). */
export function inviteUrl(clientId: string): string {
  const query = new URLSearchParams({
    client_id: clientId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(" "),
    permissions: BOT_PERMISSIONS.bitfield.toString(),
    integration_type: "0",
  });
  return `https://discord.com/oauth2/authorize?${query}`;
}
