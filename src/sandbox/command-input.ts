/**
 * The sandbox's message box as Discord's: a line such as `/ask question: grève results: 2` read
 * against the registered commands, in the user's language (localised names), then checked and
 * converted as Discord's client does before it sends an interaction (required options, types,
 * ranges, lengths, choices). Pure: the page uses it as you type, the sandbox server to check what
 * the page sends.
 */
import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  type LocalizationMap,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord-api-types/v10";

/** A registered slash command. */
export type CommandSpec = RESTPostAPIChatInputApplicationCommandsJSONBody;
/** One of its options (Gazette's are strings, integers and booleans). */
export type OptionSpec = APIApplicationCommandBasicOption;
/** A value as it goes into the interaction. */
export type OptionValue = string | number | boolean;

interface Named {
  name: string;
  name_localizations?: LocalizationMap | null;
  description?: string;
  description_localizations?: LocalizationMap | null;
}

/** The name Discord shows a user of `locale` (the localisation, else the default name). */
export function localName(item: Named, locale: string): string {
  return item.name_localizations?.[locale as keyof LocalizationMap] ?? item.name;
}

/** The description Discord shows a user of `locale`. */
export function localDescription(item: Named, locale: string): string {
  return (
    item.description_localizations?.[locale as keyof LocalizationMap] ?? item.description ?? ""
  );
}

const sameName = (typed: string, item: Named, locale: string) => {
  const lower = typed.toLowerCase();
  return lower === item.name.toLowerCase() || lower === localName(item, locale).toLowerCase();
};

/** What the message box holds, read against the commands. */
export interface CommandLine {
  /** The command named after `/`, once a space follows its name. */
  command: CommandSpec | null;
  /** The text typed after `/` while no command is chosen (filters the command list). */
  commandQuery: string;
  /** Raw text typed for each option, by option name. */
  values: Map<string, string>;
  /** The option whose value is being typed (the last one on the line), if any. */
  current: OptionSpec | null;
}

/**
 * Commands as the message box offers them: a command with subcommands becomes one entry per
 * subcommand, named `<command> <subcommand>` (localised both ways, e.g. `article ajouter`),
 * holding the subcommand's description and options, as Discord's client lists them.
 * {@link splitCommandName} gives the two names back.
 */
export function flattenSubcommands(commands: readonly CommandSpec[]): CommandSpec[] {
  return commands.flatMap((command) => {
    const subcommands = (command.options ?? []).filter(
      (option) => option.type === ApplicationCommandOptionType.Subcommand,
    );
    if (subcommands.length === 0) return [command];
    return subcommands.map((subcommand) => {
      const localized: Record<string, string> = {};
      for (const [locale, name] of Object.entries(subcommand.name_localizations ?? {})) {
        const parent = localName(command, locale);
        if (name) localized[locale] = `${parent} ${name}`;
      }
      return {
        ...command,
        name: `${command.name} ${subcommand.name}`,
        name_localizations: localized,
        description: subcommand.description,
        description_localizations: subcommand.description_localizations ?? null,
        options: (subcommand as { options?: CommandSpec["options"] }).options ?? [],
      } as CommandSpec;
    });
  });
}

/** `article add` → `{ command: "article", subcommand: "add" }`; `ask` → no subcommand. */
export function splitCommandName(name: string): { command: string; subcommand: string | null } {
  const [command = "", subcommand] = name.split(" ");
  return { command, subcommand: subcommand ?? null };
}

/** Options of a command, the required ones first (Discord's order). */
export function optionsOf(command: CommandSpec): OptionSpec[] {
  const options = (command.options ?? []) as { type: ApplicationCommandOptionType }[];
  const basic = options.filter(
    (option) =>
      option.type !== ApplicationCommandOptionType.Subcommand &&
      option.type !== ApplicationCommandOptionType.SubcommandGroup,
  ) as OptionSpec[];
  return [...basic.filter((option) => option.required), ...basic.filter((o) => !o.required)];
}

/**
 * Reads a message box line. Text right after the command, before any `name:`, is the value of
 * the first required option, as Discord fills the question when one types `/ask` then the text.
 */
export function readCommandLine(
  text: string,
  commands: readonly CommandSpec[],
  locale: string,
): CommandLine | null {
  if (!text.startsWith("/")) return null;
  // A flattened subcommand's name holds a space (`article add`): it is matched first, whole.
  const lower = text.slice(1).toLowerCase();
  const spaced = commands
    .flatMap((candidate) =>
      [candidate.name, localName(candidate, locale)].map((name) => ({ candidate, name })),
    )
    .filter(({ name }) => name.includes(" "))
    .find(({ name }) => lower === name.toLowerCase() || lower.startsWith(`${name.toLowerCase()} `));
  const firstSpace = text.search(/\s/);
  const space = spaced
    ? text.length > spaced.name.length + 1
      ? spaced.name.length + 1
      : -1
    : firstSpace;
  let word = spaced ? spaced.name : text.slice(1, firstSpace === -1 ? text.length : firstSpace);
  const command =
    spaced?.candidate ?? commands.find((candidate) => sameName(word, candidate, locale)) ?? null;
  // While a subcommand's name is typed after its command's (`/article l`), the whole is the query.
  if (
    !command &&
    commands.some((candidate) => localName(candidate, locale).startsWith(`${word} `))
  ) {
    word = text.slice(1).trimStart();
  }
  // While the name is typed, the list of commands shows, unless it names one with no option.
  const complete = space !== -1 || (command !== null && optionsOf(command).length === 0);
  if (!command || !complete) {
    return { command: null, commandQuery: word, values: new Map(), current: null };
  }

  const options = optionsOf(command);
  const rest = space === -1 ? "" : text.slice(space + 1);
  const markers: { option: OptionSpec; start: number; valueStart: number }[] = [];
  for (const option of options) {
    for (const name of new Set([option.name, localName(option, locale)])) {
      const pattern = new RegExp(`(^|\\s)(${escapeRegExp(name)}):`, "giu");
      for (const match of rest.matchAll(pattern)) {
        const start = match.index + match[1]!.length;
        markers.push({ option, start, valueStart: start + name.length + 1 });
      }
    }
  }
  markers.sort((a, b) => a.start - b.start);

  const values = new Map<string, string>();
  let current: OptionSpec | null = null;
  const leading = rest.slice(0, markers[0]?.start ?? rest.length);
  const firstRequired = options.find(
    (option) => option.required && !markers.some((marker) => marker.option === option),
  );
  if (firstRequired && (leading.trim() !== "" || markers.length === 0)) {
    values.set(firstRequired.name, leading.trim());
    current = firstRequired;
  }
  markers.forEach((marker, index) => {
    const end = markers[index + 1]?.start ?? rest.length;
    values.set(marker.option.name, rest.slice(marker.valueStart, end).trim());
    current = marker.option;
  });
  return { command, commandQuery: word, values, current };
}

/** A choice the user picked from an autocomplete list: its name is shown, its value sent. */
export interface PickedChoice {
  name: string;
  value: OptionValue;
}

const TRUE_WORDS = new Set(["true", "vrai", "oui", "yes"]);
const FALSE_WORDS = new Set(["false", "faux", "non", "no"]);

const messages = {
  en: {
    required: (name: string) => `${name}: this option is required`,
    notInteger: (name: string) => `${name}: a whole number is required`,
    notNumber: (name: string) => `${name}: a number is required`,
    below: (name: string, min: number) => `${name}: at least ${min}`,
    above: (name: string, max: number) => `${name}: at most ${max}`,
    tooShort: (name: string, min: number) => `${name}: at least ${min} characters`,
    tooLong: (name: string, max: number) => `${name}: at most ${max} characters`,
    notBoolean: (name: string) => `${name}: True or False`,
    notAChoice: (name: string, choices: string) => `${name}: pick one of ${choices}`,
  },
  fr: {
    required: (name: string) => `${name} : cette option est obligatoire`,
    notInteger: (name: string) => `${name} : un nombre entier est attendu`,
    notNumber: (name: string) => `${name} : un nombre est attendu`,
    below: (name: string, min: number) => `${name} : au moins ${min}`,
    above: (name: string, max: number) => `${name} : au plus ${max}`,
    tooShort: (name: string, min: number) => `${name} : au moins ${min} caractères`,
    tooLong: (name: string, max: number) => `${name} : au plus ${max} caractères`,
    notBoolean: (name: string) => `${name} : True ou False`,
    notAChoice: (name: string, choices: string) => `${name} : choisissez parmi ${choices}`,
  },
};

/**
 * The options as Discord sends them, or every problem Discord's client would show instead
 * of sending. An empty value counts as not given.
 */
export function convertOptions(
  command: CommandSpec,
  values: ReadonlyMap<string, string>,
  locale: string,
  picked: ReadonlyMap<string, PickedChoice> = new Map(),
): { options: Record<string, OptionValue>; problems: string[] } {
  const t = locale.startsWith("fr") ? messages.fr : messages.en;
  const options: Record<string, OptionValue> = {};
  const problems: string[] = [];
  for (const option of optionsOf(command)) {
    const label = localName(option, locale);
    const raw = values.get(option.name)?.trim() ?? "";
    if (raw === "") {
      if (option.required) problems.push(t.required(label));
      continue;
    }
    const choice = picked.get(option.name);
    if (choice && choice.name === raw) {
      options[option.name] = choice.value;
      continue;
    }
    switch (option.type) {
      case ApplicationCommandOptionType.String: {
        if (option.choices && option.choices.length > 0) {
          const match = option.choices.find(
            (candidate) =>
              candidate.value === raw || sameName(raw, candidate as unknown as Named, locale),
          );
          if (match) options[option.name] = match.value;
          else {
            const names = option.choices.map((c) => localName(c as unknown as Named, locale));
            problems.push(t.notAChoice(label, names.join(", ")));
          }
          break;
        }
        if (option.min_length !== undefined && raw.length < option.min_length) {
          problems.push(t.tooShort(label, option.min_length));
        } else if (option.max_length !== undefined && raw.length > option.max_length) {
          problems.push(t.tooLong(label, option.max_length));
        } else options[option.name] = raw;
        break;
      }
      case ApplicationCommandOptionType.Integer:
      case ApplicationCommandOptionType.Number: {
        const integer = option.type === ApplicationCommandOptionType.Integer;
        const valid = integer ? /^-?\d+$/.test(raw) : /^-?\d+(\.\d+)?$/.test(raw);
        if (!valid) {
          problems.push(integer ? t.notInteger(label) : t.notNumber(label));
          break;
        }
        const value = Number(raw);
        if (option.min_value !== undefined && value < option.min_value) {
          problems.push(t.below(label, option.min_value));
        } else if (option.max_value !== undefined && value > option.max_value) {
          problems.push(t.above(label, option.max_value));
        } else options[option.name] = value;
        break;
      }
      case ApplicationCommandOptionType.Boolean: {
        const word = raw.toLowerCase();
        if (TRUE_WORDS.has(word)) options[option.name] = true;
        else if (FALSE_WORDS.has(word)) options[option.name] = false;
        else problems.push(t.notBoolean(label));
        break;
      }
      default:
        options[option.name] = raw;
    }
  }
  return { options, problems };
}

/** Discord's permission bits the sandbox checks. */
const ADMINISTRATOR = 1n << 3n;

/**
 * Whether Discord lets a member use a command: `default_member_permissions` hides it from
 * members lacking those permissions (Administrator has them all), unless the server opened it to
 * everyone (Server Settings → Integrations).
 */
export function memberCanUse(
  command: CommandSpec,
  memberPermissions: string,
  openedToEveryone: boolean,
): boolean {
  const required = command.default_member_permissions;
  if (required === undefined || required === null || openedToEveryone) return true;
  const have = BigInt(memberPermissions);
  if ((have & ADMINISTRATOR) !== 0n) return true;
  const need = BigInt(required);
  return need !== 0n && (have & need) === need;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
