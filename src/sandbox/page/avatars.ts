/**
 * Avatars drawn on the page (an initial on a colour disc, as SVG data URIs), and the message
 * components' configuration pointing at them: the components' own defaults are images on
 * Discord's CDN, which the sandbox must never load. Import this module before the components.
 */

const COLOURS = ["#5865f2", "#3ba55c", "#faa61a", "#ed4245", "#eb459e", "#747f8d"];

/** An avatar for `name`: its initial on a colour picked from `seed` (a user id). */
export function avatarFor(name: string, seed: string): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const colour = COLOURS[hash % COLOURS.length];
  const initial = (name.trim()[0] ?? "?").toUpperCase().replace(/[<>&"']/g, "?");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80" viewBox="0 0 80 80">` +
    `<circle cx="40" cy="40" r="40" fill="${colour}"/>` +
    `<text x="40" y="53" font-family="sans-serif" font-size="36" font-weight="600" ` +
    `text-anchor="middle" fill="#fff">${initial}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

const neutral = avatarFor("?", "0");

// Read by @skyra/discord-components-core when it loads (see its config.js).
globalThis.$discordMessage = {
  avatars: {
    default: "blue",
    blue: neutral,
    gray: neutral,
    green: neutral,
    orange: neutral,
    red: neutral,
    pink: neutral,
  },
  profiles: {},
};
