/**
 * The floor of the end-to-end bench: the same discord.js client Gazette uses (built by
 * `createDiscordClient` from src/discord/bot.ts), answering every /ask with one constant embed of a typical answer's size and
 * every autocomplete with one constant choice. It does no work a bot could skip, so Gazette's
 * figures divided by these are what Gazette itself costs.
 *
 * Reads DISCORD_API_URL and DISCORD_TOKEN (the stand-in's) from the environment.
 */
import { Events, MessageFlags } from "discord.js";
import { createDiscordClient } from "../../src/discord/bot.js";

const CONSTANT_ANSWER = {
  title: "Après Palmyre, l’armée de Bachar poursuit son offensive contre l’Etat islamique",
  description:
    "L’objectif du régime de Damas est de sécuriser Palmyre pour éviter une contre-offensive des djihadistes qui l’ont contrôlée pendant près de dix mois. ".repeat(
      3,
    ),
  color: 0x2f5d8a,
  footer: { text: "palmyre-offensive-2016 · paragraphe 2" },
};

const api = process.env.DISCORD_API_URL;
const token = process.env.DISCORD_TOKEN;
if (!api || !token)
  throw new Error("null-bot: set DISCORD_API_URL and DISCORD_TOKEN (the stand-in's)");

// Gazette's own client factory: same intents, allowedMentions and REST settings.
const client = createDiscordClient({ discordApiUrl: api });
client.on(Events.InteractionCreate, async (interaction) => {
  if (interaction.isChatInputCommand()) {
    await interaction.reply({ embeds: [CONSTANT_ANSWER], allowedMentions: { parse: [] } });
  } else if (interaction.isAutocomplete()) {
    await interaction.respond([{ name: "Palmyre", value: "Palmyre" }]);
  } else if (interaction.isRepliable()) {
    await interaction.reply({ content: "ok", flags: MessageFlags.Ephemeral });
  }
});
await client.login(token);
