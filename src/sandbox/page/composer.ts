/**
 * The message box, as Discord's: `/` lists the commands the current member may use; once a
 * command is chosen its options are shown as hints (required first, the one being typed
 * highlighted) and the values complete as you type: from the bot's autocomplete, from the
 * option's choices, or True/False. Arrow keys move in the list, Tab or Enter picks, Enter with
 * nothing picked sends. `/ask` followed by the question sends it with the question filled in.
 */
import {
  type CommandLine,
  type CommandSpec,
  convertOptions,
  localDescription,
  localName,
  memberCanUse,
  type OptionSpec,
  type PickedChoice,
  optionsOf,
  readCommandLine,
} from "../command-input.js";
import { type Choice, requestChoices, SandboxError, sendCommand } from "./api.js";
import { createPopup, type PopupItem } from "./popup.js";
import type { Words } from "./words.js";

/** What the composer needs to know about the moment it is used. */
export interface ComposerState {
  commands(): CommandSpec[];
  persona(): { key: string; permissions: string };
  locale(): string;
  words(): Words;
  openedToEveryone(): string[];
}

const AUTOCOMPLETE_DELAY_MS = 120;
const STRING = 3;
const BOOLEAN = 5;

/** Wires the message box found in `root` (input, popup, hints, problems). */
export function createComposer(root: HTMLElement, state: ComposerState) {
  const input = root.querySelector<HTMLInputElement>("#composer-input")!;
  const popup = createPopup(
    root.querySelector<HTMLElement>("#composer-popup")!,
    () => state.words().noChoices,
  );
  const hints = root.querySelector<HTMLElement>("#composer-hints")!;
  const problems = root.querySelector<HTMLElement>("#composer-problems")!;
  let picked = new Map<string, PickedChoice>();
  let requestNumber = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const usable = () =>
    state
      .commands()
      .filter((command) =>
        memberCanUse(
          command,
          state.persona().permissions,
          state.openedToEveryone().includes(command.name),
        ),
      );
  const who = () => ({ persona: state.persona().key, locale: state.locale() });
  const line = (): CommandLine | null => readCommandLine(input.value, usable(), state.locale());

  function showProblems(list: string[]) {
    problems.replaceChildren(
      ...list.map((text) => {
        const node = document.createElement("div");
        node.className = "sandbox-error";
        node.setAttribute("role", "alert");
        node.textContent = text;
        return node;
      }),
    );
  }

  /** Replaces the value of `option` on the line with `text`, keeping the other options. */
  function setValue(command: CommandSpec, option: OptionSpec, text: string) {
    const current = line();
    const values = new Map(current?.values ?? []);
    values.set(option.name, text);
    const locale = state.locale();
    const parts = [`/${localName(command, locale)}`];
    for (const spec of optionsOf(command)) {
      const value = values.get(spec.name);
      if (value === undefined) continue;
      parts.push(`${localName(spec, locale)}: ${value}`);
    }
    input.value = `${parts.join(" ")} `;
    update();
  }

  function hintsFor(command: CommandSpec, current: OptionSpec | null, given: Map<string, string>) {
    const locale = state.locale();
    hints.replaceChildren();
    const name = document.createElement("span");
    name.className = "hint-command";
    name.textContent = `/${localName(command, locale)}`;
    hints.append(name);
    for (const option of optionsOf(command)) {
      const chip = document.createElement("button");
      chip.type = "button";
      chip.className = "hint-option";
      chip.classList.toggle("required", Boolean(option.required));
      chip.classList.toggle("current", option === current);
      chip.classList.toggle("given", (given.get(option.name) ?? "") !== "");
      chip.textContent = option.required
        ? localName(option, locale)
        : `[${localName(option, locale)}]`;
      chip.title = localDescription(option, locale);
      chip.addEventListener("mousedown", (event) => {
        event.preventDefault();
        if (!given.has(option.name))
          input.value = `${input.value.trimEnd()} ${localName(option, locale)}: `;
        input.focus();
        update();
      });
      hints.append(chip);
    }
    const describe = current ?? optionsOf(command)[0] ?? null;
    const description = document.createElement("span");
    description.className = "hint-description";
    description.textContent = describe
      ? `${localName(describe, locale)} — ${localDescription(describe, locale)}`
      : localDescription(command, locale);
    hints.append(description);
    hints.hidden = false;
  }

  async function autocomplete(
    command: CommandSpec,
    option: OptionSpec,
    values: Map<string, string>,
  ) {
    const number = ++requestNumber;
    try {
      const { choices } = await requestChoices(
        who(),
        command.name,
        Object.fromEntries(values),
        Object.fromEntries(picked),
        option.name,
      );
      if (number !== requestNumber) return;
      showChoices(command, option, choices);
      showProblems([]);
    } catch (error) {
      if (number !== requestNumber) return;
      popup.show("", []);
      showProblems([(error as Error).message]);
    }
  }

  /**
   * Options not given yet whose name starts with the word being typed ("priv" → "privé:"), as
   * Discord offers them; picking one starts that option.
   */
  function optionItems(command: CommandSpec, values: Map<string, string>): PopupItem[] {
    const locale = state.locale();
    const tail = /(?:^|\s)(\S+)$/.exec(input.value)?.[1]?.toLowerCase() ?? "";
    if (tail === "" || tail.endsWith(":")) return [];
    return optionsOf(command)
      .filter((option) => !values.has(option.name) || values.get(option.name) === "")
      .filter((option) => localName(option, locale).toLowerCase().startsWith(tail))
      .map((option) => ({
        label: `${localName(option, locale)}:`,
        detail: localDescription(option, locale),
        pick() {
          input.value = `${input.value.slice(0, input.value.length - tail.length)}${localName(option, locale)}: `;
          update();
        },
      }));
  }

  function showChoices(command: CommandSpec, option: OptionSpec, choices: Choice[]) {
    const locale = state.locale();
    const values = line()?.values ?? new Map<string, string>();
    popup.show(`${localName(option, locale)} — ${localDescription(option, locale)}`, [
      ...choices.map((choice) => ({
        label: localName(choice as { name: string }, locale),
        detail: choice.name === String(choice.value) ? "" : String(choice.value),
        pick() {
          const shown = localName(choice as { name: string }, locale);
          picked.set(option.name, { name: shown, value: choice.value });
          setValue(command, option, shown);
        },
      })),
      ...optionItems(command, values),
    ]);
  }

  function update() {
    clearTimeout(timer);
    const words = state.words();
    const current = line();
    if (!current) {
      hints.hidden = true;
      popup.show("", []);
      return;
    }
    if (!current.command) {
      hints.hidden = true;
      const locale = state.locale();
      const query = current.commandQuery.toLowerCase();
      const matching = usable().filter(
        (command) =>
          localName(command, locale).toLowerCase().startsWith(query) ||
          command.name.startsWith(query),
      );
      popup.show(
        words.commands,
        matching.map((command) => ({
          label: `/${localName(command, locale)}`,
          detail: localDescription(command, locale),
          pick() {
            input.value = `/${localName(command, locale)} `;
            update();
          },
        })),
      );
      return;
    }
    const { command, current: option, values } = current;
    hintsFor(command, option, values);
    if (!option) {
      popup.show("", []);
      return;
    }
    if (option.type === STRING && option.autocomplete) {
      timer = setTimeout(() => void autocomplete(command, option, values), AUTOCOMPLETE_DELAY_MS);
      return;
    }
    const locale = state.locale();
    const typed = (values.get(option.name) ?? "").toLowerCase();
    const staticChoices: Choice[] =
      option.type === BOOLEAN
        ? [
            { name: "True", value: true },
            { name: "False", value: false },
          ]
        : "choices" in option && option.choices
          ? (option.choices as Choice[])
          : [];
    if (staticChoices.length === 0) {
      const options = optionItems(command, values);
      popup.show(options.length > 0 ? words.optional : "", options);
      return;
    }
    showChoices(
      command,
      option,
      staticChoices.filter((choice) =>
        localName(choice as { name: string }, locale)
          .toLowerCase()
          .startsWith(typed),
      ),
    );
  }

  async function send() {
    const words = state.words();
    const text = input.value.trim();
    if (text === "") return;
    const current = line();
    if (!current) {
      showProblems([words.onlySlash]);
      return;
    }
    if (!current.command) {
      showProblems([words.unknownCommand(current.commandQuery)]);
      return;
    }
    const { problems: found } = convertOptions(
      current.command,
      current.values,
      state.locale(),
      picked,
    );
    if (found.length > 0) {
      showProblems(found);
      return;
    }
    try {
      await sendCommand(
        who(),
        current.command.name,
        Object.fromEntries(current.values),
        Object.fromEntries(picked),
      );
      input.value = "";
      picked = new Map();
      showProblems([]);
      update();
    } catch (error) {
      showProblems([error instanceof SandboxError ? error.message : String(error)]);
    }
  }

  input.addEventListener("input", () => {
    showProblems([]);
    update();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && popup.open) {
      event.preventDefault();
      popup.move(1);
    } else if (event.key === "ArrowUp" && popup.open) {
      event.preventDefault();
      popup.move(-1);
    } else if (event.key === "Tab" && popup.open) {
      event.preventDefault();
      popup.pick(true);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (!popup.pick(false)) void send();
    } else if (event.key === "Escape") {
      popup.hide();
    }
  });

  return {
    /** Re-reads the line (after a change of persona, language or commands). */
    refresh: update,
    focus: () => input.focus(),
  };
}
