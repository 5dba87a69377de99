import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseConfig } from "../../src/config.js";
import { interactionsEndpointOf } from "../../src/http/http-bot.js";
import { type Gazette, startGazette } from "../../src/index.js";
import type { InteractionDraft } from "../../src/sandbox/interactions.js";
import { type DiscordStandIn, startDiscordStandIn } from "../../src/sandbox/stand-in.js";
import { FIXTURE_CORPUS, recordingLogger } from "../discord/e2e/start-gazette.js";

/** An Ed25519 key pair standing in for the application's: the public key as the portal shows it. */
export function testKeyPair(): { publicKeyHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  // The raw 32-byte key is the tail of its DER (SPKI) encoding.
  const raw = publicKey.export({ format: "der", type: "spki" }).subarray(-32);
  return { publicKeyHex: raw.toString("hex"), privateKey };
}

/** The headers Discord signs a request with: Ed25519 over timestamp + body. */
export function signatureHeaders(
  privateKey: KeyObject,
  body: string,
  timestamp = String(Math.floor(Date.now() / 1000)),
): Record<string, string> {
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString("hex");
  return { "x-signature-ed25519": signature, "x-signature-timestamp": timestamp };
}

/** Discord's side of HTTP interactions, against one endpoint, signing with `privateKey`. */
export function signedDiscordFor(
  discord: DiscordStandIn,
  endpointUrl: string,
  privateKey: KeyObject,
): Pick<HttpGazette, "send" | "post"> {
  const post = async (body: string, headers: Record<string, string>, init: RequestInit = {}) => {
    const response = await fetch(endpointUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
      ...init,
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: response.status, body: json };
  };
  return {
    post,
    async send(draft) {
      const payload = discord.registerInteraction(draft);
      const body = JSON.stringify(payload);
      const answer = await post(body, signatureHeaders(privateKey, body));
      if (answer.status === 200) await discord.acceptCallback(payload.id, answer.body);
      return { ...answer, id: payload.id };
    },
  };
}

/** What the interactions endpoint answered. */
export interface EndpointAnswer {
  status: number;
  /** The JSON body (null when it was not JSON). */
  body: unknown;
}

export interface HttpGazette {
  discord: DiscordStandIn;
  gazette: Gazette;
  logs: ReturnType<typeof recordingLogger>;
  corpusDir: string;
  privateKey: KeyObject;
  /** `http://127.0.0.1:<port>/interactions` */
  endpointUrl: string;
  /**
   * Does what Discord does with an interaction in HTTP mode: records it in the stand-in, posts it
   * signed to the endpoint, and takes a 200 answer as its first response (its callback).
   */
  send(draft: InteractionDraft): Promise<EndpointAnswer & { id: string }>;
  /** Posts a raw body with the given headers (forged, replayed, oversized requests). */
  post(body: string, headers: Record<string, string>, init?: RequestInit): Promise<EndpointAnswer>;
  stop(): Promise<void>;
}

/**
 * The real Gazette in HTTP interactions mode, started as `npm start` does (settings parsed from an
 * environment, `startGazette`), with a test key pair and the Discord stand-in as its REST.
 */
export async function startHttpGazette(
  env: Record<string, string> = {},
  options: { commandsDir?: URL } = {},
): Promise<HttpGazette> {
  const discord = await startDiscordStandIn();
  const corpusDir = await mkdtemp(path.join(tmpdir(), "gazette-http-corpus-"));
  await cp(FIXTURE_CORPUS, corpusDir, { recursive: true });
  const logs = recordingLogger();
  const { publicKeyHex, privateKey } = testKeyPair();
  const config = parseConfig({
    DISCORD_TOKEN: discord.token,
    DISCORD_CLIENT_ID: discord.applicationId,
    DISCORD_API_URL: discord.restUrl,
    CORPUS_DIR: corpusDir,
    COOLDOWN_SECONDS: "0",
    INTERACTIONS_PORT: "0",
    DISCORD_PUBLIC_KEY: publicKeyHex,
    ...env,
  });
  const gazette = await startGazette(config, logs, options);
  const endpoint = interactionsEndpointOf(gazette.bot);
  if (!endpoint) throw new Error("Gazette did not start in HTTP interactions mode");
  const endpointUrl = `http://127.0.0.1:${endpoint.port}/interactions`;

  const signedDiscord = signedDiscordFor(discord, endpointUrl, privateKey);
  return {
    discord,
    gazette,
    logs,
    corpusDir,
    privateKey,
    endpointUrl,
    ...signedDiscord,
    async stop() {
      await gazette.stop();
      await rm(corpusDir, { recursive: true, force: true });
      await discord.close();
    },
  };
}
