/**
 * Who the sandbox page speaks as: a plain server member or a server admin (Manage Server), each
 * sending interactions with the permissions Discord would compute for them.
 */
import { MANAGE_GUILD, type Member, PLAIN_MEMBER_PERMISSIONS } from "./interactions.js";

export type PersonaKey = "member" | "admin";

export interface Persona extends Required<Omit<Member, "locale">> {
  key: PersonaKey;
  /** Shown in the channel. */
  displayName: string;
}

export const PERSONAS: Record<PersonaKey, Persona> = {
  member: {
    key: "member",
    id: "400000000000000001",
    username: "camille",
    displayName: "Camille",
    permissions: PLAIN_MEMBER_PERMISSIONS,
  },
  admin: {
    key: "admin",
    id: "400000000000000002",
    username: "dominique",
    displayName: "Dominique",
    permissions: MANAGE_GUILD,
  },
};

/** The locales the page offers, as Discord sends them in `locale`. */
export const SANDBOX_LOCALES = ["fr", "en-US"] as const;
export type SandboxLocale = (typeof SANDBOX_LOCALES)[number];

export const isPersonaKey = (value: unknown): value is PersonaKey =>
  value === "member" || value === "admin";
export const isSandboxLocale = (value: unknown): value is SandboxLocale =>
  (SANDBOX_LOCALES as readonly unknown[]).includes(value);
