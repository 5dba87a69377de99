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
import type { Words } from "./words.js";

/** What the composer needs to know about the moment it is used. */
export interface ComposerState {
  commands(): CommandSpec[];
  persona(): { key: string; permissions: string };
  locale(): string;
  words(): Words;
  openedToEveryone(): string[];
}

interface Item {
  label: string;
  detail: string;
  pick(): void;
}

const AUTOCOMPLETE_DELAY_MS = 120;
const STRING = 3;
const BOOLEAN = 5;

export function createComposer(root: HTMLElement, state: ComposerState) {
  const input = root.querySelector<HTMLInputElement>("#composer-input")!;
  const popup = root.querySelector<HTMLElement>("#composer-popup")!;
  const hints = root.querySelector<HTMLElement>("#composer-hints")!;
  const problems = root.querySelector<HTMLElement>("#composer-problems")!;
  let items: Item[] = [];
  let highlighted = -1;
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

  function showItems(title: string, list: Item[]) {
    items = list;
    highlighted = -1;
    popup.replaceChildren();
    popup.hidden = list.length === 0 && title === "";
    if (popup.hidden) return;
    const heading = document.createElement("div");
    heading.className = "popup-title";
    heading.textContent = title;
    popup.append(heading);
    if (list.length === 0) {
      const none = document.createElement("div");
      none.className = "popup-empty";
      none.textContent = state.words().noChoices;
      popup.append(none);
    }
    list.forEach((item, index) => {
      const row = document.createElement("button");
      row.type = "button";
      row.className = "popup-item";
      row.dataset.index = String(index);
      const label = document.createElement("span");
      label.className = "popup-label";
      label.textContent = item.label;
      const detail = document.createElement("span");
      detail.className = "popup-detail";
      detail.textContent = item.detail;
      row.append(label, detail);
      row.addEventListener("mousedown", (event) => {
        event.preventDefault();
        item.pick();
      });
      popup.append(row);
    });
  }

  function highlight(index: number) {
    highlighted = index;
    popup.querySelectorAll<HTMLElement>(".popup-item").forEach((row, at) => {
      row.classList.toggle("highlighted", at === index);
    });
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
      showItems("", []);
      showProblems([(error as Error).message]);
    }
  }

  function showChoices(command: CommandSpec, option: OptionSpec, choices: Choice[]) {
    const locale = state.locale();
    showItems(
      `${localName(option, locale)} — ${localDescription(option, locale)}`,
      choices.map((choice) => ({
        label: localName(choice as { name: string }, locale),
        detail: choice.name === String(choice.value) ? "" : String(choice.value),
        pick() {
          const shown = localName(choice as { name: string }, locale);
          picked.set(option.name, { name: shown, value: choice.value });
          setValue(command, option, shown);
        },
      })),
    );
  }

  function update() {
    clearTimeout(timer);
    const words = state.words();
    const current = line();
    if (!current) {
      hints.hidden = true;
      showItems("", []);
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
      showItems(
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
      showItems("", []);
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
      showItems("", []);
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
    if (event.key === "ArrowDown" && items.length > 0) {
      event.preventDefault();
      highlight((highlighted + 1) % items.length);
    } else if (event.key === "ArrowUp" && items.length > 0) {
      event.preventDefault();
      highlight((highlighted - 1 + items.length) % items.length);
    } else if (event.key === "Tab" && items.length > 0) {
      event.preventDefault();
      items[Math.max(0, highlighted)]?.pick();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (highlighted >= 0 && items[highlighted]) items[highlighted]!.pick();
      else void send();
    } else if (event.key === "Escape") {
      showItems("", []);
    }
  });

  return {
    /** Re-reads the line (after a change of persona, language or commands). */
    refresh: update,
    focus: () => input.focus(),
  };
}
