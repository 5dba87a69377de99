import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from "discord.js";
import { LIMITS } from "./limits.js";
import { truncateWords } from "./text.js";

/**
 * A message ready to send: every field within Discord's limits, mentions disabled. `ephemeral`
 * says whether only the user sees it (applied when replying or deferring; fixed afterwards).
 */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
  ephemeral: boolean;
}

/** Pings no one, whatever the text contains. */
export const NO_MENTIONS = { parse: [] as [] } as const;

/** Gazette's embed colour (a newsprint blue). */
export const EMBED_COLOR = 0x2f5d8a;

/**
 * A short message in Gazette's own words (already formatted markdown, not user text), ephemeral
 * unless told otherwise.
 */
export function formatNotice(text: string, ephemeral = true): Reply {
  return {
    content: truncateWords(text, LIMITS.content),
    allowedMentions: NO_MENTIONS,
    ephemeral,
  };
}
