/**
 * The sandbox: Gazette's built-in Discord stand-in on 127.0.0.1, the real bot connected to it by
 * discord.js exactly as in production (the same `startGazette`, its commands registered by the
 * same loader and `deployCommands`), and a local page showing the server's channel the way
 * Discord does. `npm start` runs it when no `DISCORD_TOKEN` is set; `npm run sandbox` always.
 */
import { pathToFileURL } from "node:url";
import dotenv from "dotenv";
import { type Config, ConfigError, parseConfig } from "../config.js";
import { deployCommands } from "../deploy-commands.js";
import { loadCommands } from "../discord/load-commands.js";
import { createProcessLogger } from "../entry-setup.js";
import { type Gazette, startGazette } from "../index.js";
import type { Logger } from "../logger.js";
import { ensureSandboxPage, pagePaths } from "./bundle.js";
import { SandboxChannel } from "./channel.js";
import { type PageServer, startPageServer } from "./page-server.js";
import { sandboxPort } from "./settings.js";
import { type DiscordStandIn, startDiscordStandIn } from "./stand-in.js";

/** A running sandbox. */
export interface Sandbox {
  /** The page: `http://127.0.0.1:<port>/`. */
  readonly url: string;
  readonly standIn: DiscordStandIn;
  readonly gazette: Gazette;
  /** Stops the page, the bot (letting interactions finish) and the stand-in. */
  stop(): Promise<void>;
}

export interface SandboxOptions {
  /** Gazette's settings but the Discord ones, which the stand-in provides (e.g. `process.env`). */
  env: Readonly<Record<string, string | undefined>>;
  /** The page's port; 0 picks a free one. */
  port: number;
  /** Makes the logger once the settings are known. */
  logger: (config: Config) => Logger;
  /** The commands folder (default Gazette's `commands/`), for tests. */
  commandsDir?: URL;
}

/** Log level of the sandbox when `LOG_LEVEL` is not set: the page is where things show. */
const SANDBOX_LOG_LEVEL = "warn";

/**
 * The bot's settings in the sandbox: the user's (corpus, cooldown, admins, log level), with the
 * stand-in's token, application, server and REST address. Throws a ConfigError like `npm start`.
 */
export function sandboxConfig(
  env: Readonly<Record<string, string | undefined>>,
  standIn: DiscordStandIn,
): Config {
  return parseConfig({
    ...env,
    LOG_LEVEL: env.LOG_LEVEL?.trim() ? env.LOG_LEVEL : SANDBOX_LOG_LEVEL,
    DISCORD_TOKEN: standIn.token,
    DISCORD_CLIENT_ID: standIn.applicationId,
    DISCORD_GUILD_ID: standIn.guildId,
    DISCORD_API_URL: standIn.restUrl,
    // The sandbox page drives Gazette over the stand-in's gateway, never the HTTP endpoint.
    INTERACTIONS_PORT: "",
    DISCORD_PUBLIC_KEY: "",
  });
}

/** Starts the stand-in, registers the commands, starts Gazette against it, then the page. */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const paths = pagePaths();
  await ensureSandboxPage();
  const standIn = await startDiscordStandIn({
    // Discord's own limit for a first response; the page waits that long for autocomplete.
    timeoutMs: 3000,
    guildName: "Gazette sandbox",
    channelName: "general",
  });
  let gazette: Gazette | null = null;
  let page: PageServer | null = null;
  const channel = new SandboxChannel();
  const unsubscribe = standIn.subscribe((event) => channel.apply(event));
  const stop = async () => {
    await page?.close();
    await gazette?.stop();
    unsubscribe();
    channel.close();
    // What Discord refused was shown in the page; it is no reason to fail on the way out.
    await standIn.close().catch(() => undefined);
  };
  try {
    const config = sandboxConfig(options.env, standIn);
    const logger = options.logger(config);
    await deployCommands(config, await loadCommands(options.commandsDir), logger);
    gazette = await startGazette(
      config,
      logger,
      options.commandsDir ? { commandsDir: options.commandsDir } : {},
    );
    page = await startPageServer({
      port: options.port,
      standIn,
      channel,
      live: gazette.live,
      files: paths,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: page.url, standIn, gazette, stop };
}

/** The line `npm start` prints without a token. */
export function sandboxBanner(url: string): string {
  return (
    `Gazette sandbox: open ${url} to try the bot in a page that looks like Discord ` +
    `(a local stand-in; nothing leaves this machine). To run Gazette on Discord instead, ` +
    `set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (README: "Running on Discord").`
  );
}

const SHUTDOWN_GRACE_MS = 10_000;

/** `npm run sandbox`, and `npm start` without a token. */
export async function runSandbox(): Promise<void> {
  dotenv.config({ quiet: true });
  let port: number;
  let sandbox: Sandbox;
  try {
    port = sandboxPort(process.env);
    sandbox = await startSandbox({ env: process.env, port, logger: createProcessLogger });
  } catch (error) {
    if (error instanceof ConfigError) console.error(error.message);
    else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      console.error(
        `Gazette sandbox: port ${process.env.SANDBOX_PORT ?? 3000} is in use; stop what uses it, or set SANDBOX_PORT to another port (0 picks a free one).`,
      );
    } else console.error(`Gazette sandbox could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(sandboxBanner(sandbox.url));

  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    sandbox.stop().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runSandbox();
}
