/**
 * Discord's markdown as the message components show it: bold, italics, underline, strike,
 * spoilers, inline code, links (`<url>`, `[text](url)`, bare), user mentions, escapes, and the
 * block forms (quotes, `-#` subtext, headings, bullets). Builds DOM nodes, never HTML strings,
 * so text from the bot cannot inject markup.
 */

// Native elements rather than the components' <discord-bold> and the like: those wrap their slot
// in whitespace, which shows as a space before the punctuation that follows ("Palmyre ."), and
// Discord shows none.
const WRAPPERS: [string, string][] = [
  ["**", "strong"],
  ["__", "u"],
  ["~~", "s"],
  ["||", "span.spoiler"],
  ["*", "em"],
  ["_", "em"],
];

/** Names for `<@id>` mentions. */
export type NameOf = (userId: string) => string;

const element = (tag: string, children: Node[] = [], attributes: Record<string, string> = {}) => {
  const [name, className] = tag.split(".");
  const node = document.createElement(name!);
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

const link = (href: string, children: Node[]) =>
  element("a.md-link", children, { href, target: "_blank", rel: "noreferrer" });

/** Index of the closing `delimiter` from `from`, skipping escapes; -1 when there is none. */
function closing(source: string, from: number, delimiter: string): number {
  for (let index = from; index < source.length; index++) {
    if (source[index] === "\\") {
      index++;
      continue;
    }
    if (source.startsWith(delimiter, index)) {
      // A single * or _ does not close on the first half of a double one.
      if (delimiter.length === 1 && source[index + 1] === delimiter) {
        index++;
        continue;
      }
      return index > from ? index : -1;
    }
  }
  return -1;
}

/** Inline markdown to nodes. */
export function renderInline(source: string, nameOf: NameOf): Node[] {
  const out: Node[] = [];
  let text = "";
  const flush = () => {
    if (text) out.push(document.createTextNode(text));
    text = "";
  };
  let index = 0;
  outer: while (index < source.length) {
    const rest = source.slice(index);
    const char = source[index] as string;
    if (char === "\\" && index + 1 < source.length && /[^\p{L}\p{N}\s]/u.test(source[index + 1]!)) {
      text += source[index + 1];
      index += 2;
      continue;
    }
    if (char === "`") {
      const end = source.indexOf("`", index + 1);
      if (end > index + 1) {
        flush();
        out.push(element("code.md-code", [document.createTextNode(source.slice(index + 1, end))]));
        index = end + 1;
        continue;
      }
    }
    for (const [delimiter, tag] of WRAPPERS) {
      if (!rest.startsWith(delimiter)) continue;
      const end = closing(source, index + delimiter.length, delimiter);
      if (end === -1) continue;
      flush();
      out.push(element(tag, renderInline(source.slice(index + delimiter.length, end), nameOf)));
      index = end + delimiter.length;
      continue outer;
    }
    const angled = /^<(https?:\/\/[^\s>]+)>/.exec(rest);
    if (angled) {
      flush();
      out.push(link(angled[1]!, [document.createTextNode(angled[1]!)]));
      index += angled[0].length;
      continue;
    }
    const mention = /^<@!?(\d+)>/.exec(rest);
    if (mention) {
      flush();
      out.push(element("discord-mention", [document.createTextNode(nameOf(mention[1]!))]));
      index += mention[0].length;
      continue;
    }
    const masked = /^\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/.exec(rest);
    if (masked) {
      flush();
      out.push(link(masked[2]!, renderInline(masked[1]!, nameOf)));
      index += masked[0].length;
      continue;
    }
    const bare = /^https?:\/\/[^\s<]*[^\s<.,:;"')\]]/.exec(rest);
    if (bare && !/[\p{L}\p{N}]$/u.test(text)) {
      flush();
      out.push(link(bare[0], [document.createTextNode(bare[0])]));
      index += bare[0].length;
      continue;
    }
    if (char === "\n") {
      flush();
      out.push(document.createElement("br"));
      index += 1;
      continue;
    }
    text += char;
    index += 1;
  }
  flush();
  return out;
}

/** Markdown with its block forms (quotes, subtext, headings, bullet lines) to nodes. */
export function renderMarkdown(source: string, nameOf: NameOf): Node[] {
  const out: Node[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    out.push(...renderInline(paragraph.join("\n"), nameOf));
    paragraph = [];
  };
  const lines = source.split("\n");
  lines.forEach((line, index) => {
    const block =
      /^> (.*)$/.exec(line) ??
      /^-# (.*)$/.exec(line) ??
      /^(#{1,3}) (.*)$/.exec(line) ??
      /^[-*] (.*)$/.exec(line);
    if (!block) {
      paragraph.push(line);
      return;
    }
    flush();
    if (line.startsWith("> ")) {
      out.push(element("discord-quote", renderInline(block[1]!, nameOf)));
    } else if (line.startsWith("-# ")) {
      out.push(element("small", renderInline(block[1]!, nameOf), { class: "md-subtext" }));
    } else if (line.startsWith("#")) {
      const level = String(block[1]!.length);
      out.push(element(`h${level}`, renderInline(block[2]!, nameOf), { class: "md-heading" }));
    } else {
      out.push(
        element("div", [document.createTextNode("• "), ...renderInline(block[1]!, nameOf)], {
          class: "md-bullet",
        }),
      );
    }
    if (index === lines.length - 1) return;
  });
  flush();
  return out;
}

/** Text with markdown escapes removed, for places that show plain text (embed titles). */
export function unescapeMarkdown(source: string): string {
  return source.replace(/\\([^\p{L}\p{N}\s])/gu, "$1");
}
