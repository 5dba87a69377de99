import { webcrypto } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { verifyKey } from "discord-interactions";

/**
 * How far a request's signature timestamp may be from this machine's clock, in seconds. The
 * signature covers timestamp + body, so a captured request can only be replayed unchanged: this
 * bounds how long such a replay works.
 */
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;

/** An imported public key ({@link importPublicKey}). */
export type PublicKey = webcrypto.CryptoKey;

/** What {@link verifyDiscordSignature} found. */
export type SignatureCheck = "valid" | "missing" | "invalid" | "stale";

/** Imports the application's public key (64 hex characters) once, for every verification. */
export function importPublicKey(hex: string): Promise<PublicKey> {
  return webcrypto.subtle.importKey("raw", Buffer.from(hex, "hex"), { name: "Ed25519" }, false, [
    "verify",
  ]);
}

/**
 * Checks Discord's signature of a request: `X-Signature-Ed25519` (hex) over
 * `X-Signature-Timestamp` followed by the raw body, with `discord-interactions`' `verifyKey`.
 */
export async function verifyDiscordSignature(
  headers: IncomingHttpHeaders,
  body: Buffer,
  publicKey: PublicKey,
  now: () => number = Date.now,
): Promise<SignatureCheck> {
  const signature = headers["x-signature-ed25519"];
  const timestamp = headers["x-signature-timestamp"];
  if (typeof signature !== "string" || typeof timestamp !== "string") return "missing";
  if (!/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) return "invalid";
  if (!(await verifyKey(body, signature, timestamp, publicKey))) return "invalid";
  const ageSeconds = Math.abs(now() / 1000 - Number(timestamp));
  return ageSeconds > MAX_SIGNATURE_AGE_SECONDS ? "stale" : "valid";
}
