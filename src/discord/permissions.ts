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

/** The {@link Requester} of an interaction (a command, a button, a form). */
export function requesterOf(interaction: {
  user: { id: string };
  inGuild(): boolean;
  memberPermissions: Readonly<PermissionsBitField> | null;
}): Requester {
  return {
    userId: interaction.user.id,
    inGuild: interaction.inGuild(),
    permissions: interaction.memberPermissions,
  };
}

/** The largest bitfield Discord sends: permissions are 64-bit unsigned integers. */
const MAX_PERMISSION_BITS = (1n << 64n) - 1n;

/**
 * Reads a permissions bitfield as Discord sends it, strictly: a string of decimal digits (BigInt of
 * it, within 64 bits) or a non-negative safe integer. Anything else (`-1`, `0x20`, `" 32 "`, a flag
 * name, a number past 2^53 that lost its precision) means no permission: 0n.
 */
export function parsePermissionBits(raw: unknown): bigint {
  if (typeof raw === "number") {
    return Number.isSafeInteger(raw) && raw >= 0 ? BigInt(raw) : 0n;
  }
  if (typeof raw !== "string" || !/^[0-9]{1,20}$/.test(raw)) return 0n;
  const bits = BigInt(raw);
  return bits <= MAX_PERMISSION_BITS ? bits : 0n;
}
