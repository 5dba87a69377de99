/**
 * Discord's limits on what a bot sends (developer documentation; ../shared/docs/DISCORD.md).
 * Every reply formatter sizes its output with these, so Discord never answers 400.
 */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthor: 256,
  /** Characters across every embed of one message. */
  embedsTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** Longest URL Discord accepts in an embed's `url`. */
  embedUrl: 2048,
} as const;
