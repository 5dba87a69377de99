import { PermissionFlagsBits, type PermissionsBitField } from "discord.js";

/** Who is asking, as the interaction tells it. */
export interface Requester {
  userId: string;
  /** Whether the interaction comes from a server (not a DM). */
  inGuild: boolean;
  /** The member's permissions in the channel, as Discord computed them; null outside a server. */
  permissions: Readonly<PermissionsBitField> | null;
}

/**
 * Whether someone may rebuild the index: in a server, with Manage Server or Administrator, or listed
 * in `ADMIN_USER_IDS`. Checked on Gazette's side because server admins can override
 * `default_member_permissions` for anyone.
 */
export function mayReindex(requester: Requester, adminUserIds: readonly string[]): boolean {
  if (!requester.inGuild) return false;
  if (adminUserIds.includes(requester.userId)) return true;
  const permissions = requester.permissions;
  return (
    permissions !== null &&
    (permissions.has(PermissionFlagsBits.ManageGuild, false) ||
      permissions.has(PermissionFlagsBits.Administrator, false))
  );
}
