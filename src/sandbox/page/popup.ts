/**
 * The list above the message box (commands, choices), as Discord's: a title, one row per item,
 * a highlighted row moved with the arrow keys; a row is picked by click, Tab or Enter.
 */

/** One row. */
export interface PopupItem {
  label: string;
  detail: string;
  pick(): void;
}

/** The popup in `root`; `emptyText` is shown when a titled list has no row. */
export function createPopup(root: HTMLElement, emptyText: () => string) {
  let items: PopupItem[] = [];
  let highlighted = -1;

  const row = (item: PopupItem, index: number) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "popup-item";
    button.dataset.index = String(index);
    const label = document.createElement("span");
    label.className = "popup-label";
    label.textContent = item.label;
    const detail = document.createElement("span");
    detail.className = "popup-detail";
    detail.textContent = item.detail;
    button.append(label, detail);
    // mousedown, not click: the message box keeps the focus.
    button.addEventListener("mousedown", (event) => {
      event.preventDefault();
      item.pick();
    });
    return button;
  };

  const highlight = (index: number) => {
    highlighted = index;
    root.querySelectorAll<HTMLElement>(".popup-item").forEach((node, at) => {
      node.classList.toggle("highlighted", at === index);
    });
  };

  return {
    /** Shows `list` under `title`; an empty title and list hide the popup. */
    show(title: string, list: PopupItem[]) {
      items = list;
      highlighted = -1;
      root.replaceChildren();
      root.hidden = list.length === 0 && title === "";
      if (root.hidden) return;
      const heading = document.createElement("div");
      heading.className = "popup-title";
      heading.textContent = title;
      root.append(heading);
      if (list.length === 0) {
        const none = document.createElement("div");
        none.className = "popup-empty";
        none.textContent = emptyText();
        root.append(none);
      }
      root.append(...list.map(row));
    },
    hide() {
      this.show("", []);
    },
    get open() {
      return items.length > 0;
    },
    /** Moves the highlight by `step` rows, wrapping around. */
    move(step: number) {
      if (items.length === 0) return;
      highlight((highlighted + step + items.length) % items.length);
    },
    /** Picks the highlighted row (or the first, with `orFirst`); false when none was picked. */
    pick(orFirst: boolean): boolean {
      const item = items[highlighted >= 0 ? highlighted : orFirst ? 0 : -1];
      if (!item) return false;
      item.pick();
      return true;
    },
  };
}
