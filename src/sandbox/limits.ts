/**
 * Discord's own validation of what a bot sends, as the stand-in applies it: a payload that breaks a
 * limit gets the 400 "Invalid Form Body" real Discord would send, and the test fails loudly.
 * Limits from Discord's developer documentation (summarised in the project's shared docs, DISCORD.md).
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const length = (value: unknown) => (typeof value === "string" ? value.length : 0);

/** Every limit a message payload (callback data, webhook edit or follow-up) breaks. */
export function messageProblems(message: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(message)) return ["message data is not an object"];
  if (length(message.content) > 2000) problems.push(`content is ${length(message.content)} > 2000`);

  const embeds = Array.isArray(message.embeds) ? message.embeds : [];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds > 10`);
  let total = 0;
  embeds.forEach((embed: unknown, index) => {
    if (!isObject(embed)) {
      problems.push(`embeds[${index}] is not an object`);
      return;
    }
    const check = (what: string, value: unknown, max: number) => {
      total += length(value);
      if (length(value) > max)
        problems.push(`embeds[${index}].${what} is ${length(value)} > ${max}`);
    };
    check("title", embed.title, 256);
    check("description", embed.description, 4096);
    if (isObject(embed.footer)) check("footer.text", embed.footer.text, 2048);
    if (isObject(embed.author)) check("author.name", embed.author.name, 256);
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    if (fields.length > 25) problems.push(`embeds[${index}] has ${fields.length} fields > 25`);
    fields.forEach((field: unknown, f) => {
      if (!isObject(field)) return;
      check(`fields[${f}].name`, field.name, 256);
      check(`fields[${f}].value`, field.value, 1024);
      if (length(field.name) === 0 || length(field.value) === 0) {
        problems.push(`embeds[${index}].fields[${f}] has an empty name or value`);
      }
    });
    if (embed.url !== undefined && !/^https?:\/\//.test(String(embed.url))) {
      problems.push(`embeds[${index}].url is not an http(s) URL`);
    }
  });
  if (total > 6000) problems.push(`embeds total ${total} > 6000`);

  const rows = Array.isArray(message.components) ? message.components : [];
  if (rows.length > 5) problems.push(`${rows.length} action rows > 5`);
  rows.forEach((row: unknown, r) => {
    if (!isObject(row) || row.type !== 1 || !Array.isArray(row.components)) {
      problems.push(`components[${r}] is not an action row`);
      return;
    }
    if (row.components.length === 0 || row.components.length > 5) {
      problems.push(`components[${r}] has ${row.components.length} buttons (1-5)`);
    }
    row.components.forEach((button: unknown, b) => {
      if (!isObject(button)) return;
      if (length(button.label) > 80) problems.push(`button ${r}.${b} label > 80`);
      if (button.style === 5) {
        if (typeof button.url !== "string") problems.push(`link button ${r}.${b} has no url`);
      } else if (length(button.custom_id) < 1 || length(button.custom_id) > 100) {
        problems.push(`button ${r}.${b} custom_id length ${length(button.custom_id)} (1-100)`);
      }
    });
  });
  return problems;
}

/** Every limit an autocomplete result (callback type 8) breaks. */
export function choiceProblems(data: unknown): string[] {
  if (!isObject(data) || !Array.isArray(data.choices)) return ["choices is not an array"];
  const problems: string[] = [];
  if (data.choices.length > 25) problems.push(`${data.choices.length} choices > 25`);
  data.choices.forEach((choice: unknown, index) => {
    if (!isObject(choice)) {
      problems.push(`choices[${index}] is not an object`);
      return;
    }
    if (length(choice.name) < 1 || length(choice.name) > 100) {
      problems.push(`choices[${index}].name length ${length(choice.name)} (1-100)`);
    }
    if (
      typeof choice.value === "string" &&
      (choice.value.length < 1 || choice.value.length > 100)
    ) {
      problems.push(`choices[${index}].value length ${choice.value.length} (1-100)`);
    }
  });
  return problems;
}

/** Every limit a command registration (PUT of a command list) breaks. */
export function commandProblems(commands: unknown): string[] {
  if (!Array.isArray(commands)) return ["the body is not an array of commands"];
  const problems: string[] = [];
  const name = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
  for (const command of commands) {
    if (!isObject(command)) {
      problems.push("a command is not an object");
      continue;
    }
    const label = String(command.name);
    const names: [string, unknown][] = [["name", command.name]];
    const descriptions: [string, unknown][] = [["description", command.description]];
    for (const [key, value] of Object.entries(
      isObject(command.name_localizations) ? command.name_localizations : {},
    )) {
      names.push([`name_localizations.${key}`, value]);
    }
    for (const [key, value] of Object.entries(
      isObject(command.description_localizations) ? command.description_localizations : {},
    )) {
      descriptions.push([`description_localizations.${key}`, value]);
    }
    const options = Array.isArray(command.options) ? command.options : [];
    if (options.length > 25) problems.push(`/${label} has ${options.length} options > 25`);
    for (const option of options) {
      if (!isObject(option)) continue;
      names.push([`option ${option.name}`, option.name]);
      descriptions.push([`option ${option.name} description`, option.description]);
      for (const [key, value] of Object.entries(
        isObject(option.name_localizations) ? option.name_localizations : {},
      )) {
        names.push([`option ${option.name} name_localizations.${key}`, value]);
      }
      for (const [key, value] of Object.entries(
        isObject(option.description_localizations) ? option.description_localizations : {},
      )) {
        descriptions.push([`option ${option.name} description_localizations.${key}`, value]);
      }
    }
    for (const [what, value] of names) {
      if (typeof value !== "string" || !name.test(value) || value !== value.toLowerCase()) {
        problems.push(`/${label} ${what} ${JSON.stringify(value)} is not a valid name`);
      }
    }
    for (const [what, value] of descriptions) {
      if (length(value) < 1 || length(value) > 100) {
        problems.push(`/${label} ${what} length ${length(value)} (1-100)`);
      }
    }
    if (JSON.stringify(command).length > 8000) problems.push(`/${label} is over 8000 chars`);
  }
  return problems;
}

/** Every limit a modal (callback type 9) breaks: title 45, 1-5 fields, labels 45, values 4000. */
export function modalProblems(data: unknown): string[] {
  if (!isObject(data)) return ["modal data is not an object"];
  const problems: string[] = [];
  if (length(data.title) < 1 || length(data.title) > 45) {
    problems.push(`modal title length ${length(data.title)} (1-45)`);
  }
  if (length(data.custom_id) < 1 || length(data.custom_id) > 100) {
    problems.push(`modal custom_id length ${length(data.custom_id)} (1-100)`);
  }
  const components = Array.isArray(data.components) ? data.components : [];
  if (components.length < 1 || components.length > 5) {
    problems.push(`modal has ${components.length} components (1-5)`);
  }
  components.forEach((component: unknown, index) => {
    const where = `modal components[${index}]`;
    if (!isObject(component)) return void problems.push(`${where} is not an object`);
    // A label (type 18) holds one field; a legacy action row (type 1) holds one text input.
    const label = component.type === 18 ? component : null;
    const input =
      label && isObject(label.component)
        ? label.component
        : component.type === 1 && Array.isArray(component.components)
          ? (component.components[0] as unknown)
          : null;
    if (!isObject(input) || input.type !== 4) {
      return void problems.push(`${where} is not a label or action row holding a text input`);
    }
    const labelText = label ? label.label : input.label;
    if (length(labelText) < 1 || length(labelText) > 45) {
      problems.push(`${where} label length ${length(labelText)} (1-45)`);
    }
    if (label && length(label.description) > 100) problems.push(`${where} description > 100`);
    if (length(input.custom_id) < 1 || length(input.custom_id) > 100) {
      problems.push(`${where} custom_id length ${length(input.custom_id)} (1-100)`);
    }
    if (input.style !== 1 && input.style !== 2) problems.push(`${where} style is not 1 or 2`);
    const max = typeof input.max_length === "number" ? input.max_length : 4000;
    if (max < 1 || max > 4000) problems.push(`${where} max_length ${max} (1-4000)`);
    if (length(input.placeholder) > 100) problems.push(`${where} placeholder > 100`);
    if (length(input.value) > max) problems.push(`${where} value longer than max_length`);
  });
  return problems;
}
