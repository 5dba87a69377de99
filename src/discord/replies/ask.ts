import { type APIEmbed, ButtonStyle, ComponentType } from "discord.js";
import type { Sentence } from "../../corpus/types.js";
import type { Highlight, SearchHit, SearchResponse } from "../../search/types.js";
import { type ReplyLocale, strings } from "../locale.js";
import { type VoteButtonIds, voteButtons } from "./feedback.js";
import { LIMITS } from "./limits.js";
import { EMBED_COLOR, NO_MENTIONS, type Reply } from "./reply.js";
import { ELLIPSIS, escapeText, fitEscaped, safeEnd, truncateWords, webUrl } from "./text.js";

/** How an `/ask` page is shown. */
export interface AskReplyOptions {
  locale: ReplyLocale;
  /** Rank of the first hit of this page among all hits (0 for the first page). */
  offset: number;
  ephemeral: boolean;
  /**
   * custom_ids of the page's buttons; "more" is shown only when more hits exist, "share" only on a
   * private page; the 👍 / 👎 votes end the row.
   */
  buttons?: { more?: string; share?: string; votes?: VoteButtonIds };
  /** Id of the user who shared this answer in the channel. */
  sharedBy?: string;
}

const QUESTION_MAX = 300;
const SOURCE_LINE_MAX = 300;

/**
 * The reply to `/ask`: one embed per passage (article title and paragraph, the passage with the
 * question's words in bold and the best sentence underlined, the source link), or, when nothing
 * answers, a friendly ephemeral "the articles do not cover it" with the closest terms.
 */
export function formatAskReply(response: SearchResponse, options: AskReplyOptions): Reply {
  const t = strings[options.locale];
  if (response.results.length === 0) return formatNoAnswer(response, options.locale);

  const hits = response.results.slice(0, LIMITS.embeds);
  const first = options.offset + 1;
  const last = options.offset + hits.length;
  const lines = [
    `**${t.question}** ${fitEscaped(response.query, QUESTION_MAX)} · ${t.resultsRange(first, last)}`,
  ];
  if (options.sharedBy) lines.unshift(t.sharedBy(`<@${options.sharedBy}>`));

  const frames = hits.map((hit) => embedFrame(hit, options.locale));
  const frameSize = frames.reduce(
    (sum, { embed, sourceLine }) => sum + sizeOf(embed) + sourceLine.length,
    0,
  );
  const perPassage = Math.min(
    LIMITS.embedDescription,
    Math.floor((LIMITS.embedsTotal - frameSize) / hits.length),
  );
  const embeds = frames.map(({ embed, sourceLine }, index) => {
    const hit = hits[index] as SearchHit;
    const room = Math.max(0, perPassage - sourceLine.length);
    const passage = formatPassage(hit.passage.text, hit.highlights, hit.bestSentence, room);
    return { ...embed, description: `${passage}${sourceLine}` };
  });

  const buttons = [];
  if (response.hasMore && options.buttons?.more) {
    buttons.push({
      type: ComponentType.Button as const,
      style: ButtonStyle.Primary as const,
      label: truncateWords(t.moreResults, LIMITS.buttonLabel),
      custom_id: options.buttons.more,
    });
  }
  if (options.ephemeral && options.buttons?.share) {
    buttons.push({
      type: ComponentType.Button as const,
      style: ButtonStyle.Secondary as const,
      label: truncateWords(t.share, LIMITS.buttonLabel),
      custom_id: options.buttons.share,
    });
  }
  if (options.buttons?.votes) buttons.push(...voteButtons(options.buttons.votes, options.locale));

  return {
    content: lines.join("\n"),
    embeds,
    components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
    allowedMentions: NO_MENTIONS,
    ephemeral: options.ephemeral,
  };
}

/** The "no answer" reply: always ephemeral, with the closest terms the corpus contains. */
export function formatNoAnswer(response: SearchResponse, locale: ReplyLocale): Reply {
  const t = strings[locale];
  const lines = [t.noAnswer(fitEscaped(response.query, QUESTION_MAX))];
  const terms = response.suggestions.slice(0, 10).map((term) => `**${fitEscaped(term, 60)}**`);
  lines.push(terms.length > 0 ? t.closestTerms(terms.join(", ")) : t.rephrase);
  return { content: lines.join("\n"), allowedMentions: NO_MENTIONS, ephemeral: true };
}

/** Everything of a hit's embed but the passage, and the source line that ends the description. */
function embedFrame(hit: SearchHit, locale: ReplyLocale): { embed: APIEmbed; sourceLine: string } {
  const t = strings[locale];
  const { article, passage } = hit;
  const citation = ` · §${passage.paragraph}`;
  const url = webUrl(article.source, LIMITS.embedUrl);
  const footer = [t.paragraphOf(passage.paragraph, article.passages.length), article.date]
    .filter(Boolean)
    .join(" · ");
  const embed: APIEmbed = {
    title: `${fitEscaped(article.title, LIMITS.embedTitle - citation.length)}${citation}`,
    color: EMBED_COLOR,
    footer: { text: truncateWords(footer, LIMITS.embedFooter) },
  };
  if (url) embed.url = url;
  // A long URL still links from the title; only a short one is also written out.
  const sourceLine = url && url.length <= SOURCE_LINE_MAX ? `\n\n${t.source} <${url}>` : "";
  return { embed, sourceLine };
}

function sizeOf(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0)
  );
}

/**
 * A passage as markdown in at most `max` characters: its text escaped, the highlighted words in
 * bold and the best sentence underlined. When it is too long it is cut on word boundaries, keeping
 * the best sentence in view, with "…" where text was left out.
 */
export function formatPassage(
  text: string,
  highlights: readonly Highlight[],
  best: Sentence,
  max: number,
): string {
  const whole = renderWindow(text, highlights, best, 0, text.length);
  if (whole.length <= max) return whole;
  const ends = wordEnds(text);
  const fromStart = longestFitting(text, highlights, best, 0, ends, max);
  if (fromStart !== null && fromStart.end >= best.end) return fromStart.rendered;
  const fromBest = longestFitting(text, highlights, best, best.start, ends, max);
  return fromBest?.rendered ?? fromStart?.rendered ?? ELLIPSIS.slice(0, max);
}

/** Offsets where a window may end: before each whitespace run, and the end of the text. */
function wordEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(/\S(?=\s)/g)) ends.push(match.index + 1);
  ends.push(text.length);
  return ends;
}

function longestFitting(
  text: string,
  highlights: readonly Highlight[],
  best: Sentence,
  start: number,
  ends: number[],
  max: number,
): { end: number; rendered: string } | null {
  let candidates = ends.filter((end) => end > start);
  const fits = (end: number) => renderWindow(text, highlights, best, start, end).length <= max;
  if (candidates.length === 0 || !fits(candidates[0] as number)) {
    // No word fits whole: cut inside the first word, wherever it fits.
    candidates = [];
    for (let end = start + 1; end <= text.length; end++) candidates.push(safeEnd(text, end));
  }
  let low = -1;
  let high = candidates.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high + 1) / 2);
    if (fits(candidates[middle] as number)) low = middle;
    else high = middle - 1;
  }
  if (low < 0) return null;
  const end = candidates[low] as number;
  return { end, rendered: renderWindow(text, highlights, best, start, end) };
}

/** Renders `text[start, end)` with its marks, "…" on each side where text was left out. */
function renderWindow(
  text: string,
  highlights: readonly Highlight[],
  best: Sentence,
  start: number,
  end: number,
): string {
  const sentence = trimmedSpan(text, Math.max(best.start, start), Math.min(best.end, end));
  const cuts = new Set([start, end]);
  if (sentence) for (const at of sentence) cuts.add(at);
  const marks = highlights
    .map(([from, to]) => [Math.max(from, start), Math.min(to, end)] as const)
    .filter(([from, to]) => from < to);
  for (const [from, to] of marks) cuts.add(from).add(to);
  const points = [...cuts].sort((a, b) => a - b);

  let out = "";
  let underlined = false;
  let bold = false;
  for (let index = 0; index < points.length - 1; index++) {
    const from = points[index] as number;
    const to = points[index + 1] as number;
    const raw = text.slice(from, to);
    const wantUnderline = sentence !== null && from >= sentence[0] && to <= sentence[1];
    const wantBold = raw.trim() !== "" && marks.some(([a, b]) => from >= a && to <= b);
    // Bold nests inside the underline: close it before the underline changes.
    if (bold && (!wantBold || wantUnderline !== underlined)) {
      out += "**";
      bold = false;
    }
    if (wantUnderline !== underlined) {
      out += "__";
      underlined = wantUnderline;
    }
    if (wantBold && !bold) {
      out += "**";
      bold = true;
    }
    out += escapeText(raw);
  }
  if (bold) out += "**";
  if (underlined) out += "__";
  const before = start > 0 ? `${ELLIPSIS} ` : "";
  const after = end < text.length ? ` ${ELLIPSIS}` : "";
  return `${before}${out.trim()}${after}`;
}

/** `[start, end)` without the whitespace at its edges, or null when empty. */
function trimmedSpan(text: string, start: number, end: number): [number, number] | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? "")) from++;
  while (to > from && /\s/.test(text[to - 1] ?? "")) to--;
  return from < to ? [from, to] : null;
}
