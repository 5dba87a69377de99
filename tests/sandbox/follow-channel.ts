import type { ChannelEntry } from "../../src/sandbox/channel.js";

/**
 * Reads the sandbox page's event stream (`GET /api/events`) into `entries` until `signal` aborts,
 * as the page itself follows the channel.
 */
export async function followChannel(
  url: string,
  signal: AbortSignal,
  entries: ChannelEntry[],
): Promise<void> {
  const response = await fetch(`${url}api/events`, { signal });
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for await (const chunk of response.body!) {
      buffer += decoder.decode(chunk as Uint8Array, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^event: entry\ndata: (.*)$/s.exec(block)?.[1];
        if (data) entries.push(JSON.parse(data) as ChannelEntry);
      }
    }
  } catch {
    // aborted at the end
  }
}
