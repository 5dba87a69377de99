/** The page's own words (Discord's client words), by page language. */
export type PageLanguage = "fr" | "en";

export const words = {
  fr: {
    thinking: (bot: string) => `${bot} réfléchit…`,
    members: "Membre",
    admin: "Admin du serveur",
    persona: "Vous êtes",
    language: "Langue (locale de l’interaction)",
    articles: "Articles du corpus",
    paragraphs: (count: number) => `${count} paragraphes`,
    placeholder: (channel: string) =>
      `Envoyer un message dans #${channel} — tapez / pour les commandes`,
    onlySlash: "Gazette répond aux commandes : tapez / pour les voir.",
    unknownCommand: (name: string) => `Aucune commande /${name}.`,
    commands: "Commandes",
    optional: "Options facultatives",
    noChoices: "Aucune suggestion",
    clickedButton: "a cliqué",
    integrations: "Paramètres du serveur → Intégrations",
    openToEveryone: (command: string) => `Ouvrir /${command} à tous les membres`,
    hiddenFor: (command: string) =>
      `Discord masque /${command} aux membres sans « Gérer le serveur » (sauf si le serveur l’ouvre à tous).`,
    sandboxNote:
      "Bac à sable local : un Discord simulé sur 127.0.0.1, rien ne sort de cette machine.",
    discordSaid: "Discord a refusé",
    noResponse: "L’application n’a pas répondu",
    noArticles: "Aucun article",
    submit: "Envoyer",
    cancel: "Annuler",
  },
  en: {
    thinking: (bot: string) => `${bot} is thinking…`,
    members: "Member",
    admin: "Server admin",
    persona: "You are",
    language: "Language (interaction locale)",
    articles: "Corpus articles",
    paragraphs: (count: number) => `${count} paragraphs`,
    placeholder: (channel: string) => `Message #${channel} — type / for commands`,
    onlySlash: "Gazette answers slash commands: type / to see them.",
    unknownCommand: (name: string) => `No command /${name}.`,
    commands: "Commands",
    optional: "Optional options",
    noChoices: "No suggestions",
    clickedButton: "clicked",
    integrations: "Server Settings → Integrations",
    openToEveryone: (command: string) => `Open /${command} to every member`,
    hiddenFor: (command: string) =>
      `Discord hides /${command} from members without Manage Server (unless the server opens it to everyone).`,
    sandboxNote: "Local sandbox: a stand-in of Discord on 127.0.0.1; nothing leaves this machine.",
    discordSaid: "Discord refused",
    noResponse: "The application did not respond",
    noArticles: "No articles",
    submit: "Submit",
    cancel: "Cancel",
  },
} satisfies Record<PageLanguage, Record<string, unknown>>;

export type Words = (typeof words)["en"];
