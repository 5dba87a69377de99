import { z } from "zod";
import { parsePermissionBits } from "./permissions.js";

/**
 * The gate in front of discord.js for `INTERACTION_CREATE` payloads. discord.js trusts the payload
 * (a component without data makes it throw outside any handler; a permissions string such as
 * `"ManageGuild"` or `"-1"` is read as granting it), so Gazette checks the shape it relies on first.
 * Discord never sends such payloads over the gateway, but HTTP interactions and future code paths
 * must not depend on that.
 */

const snowflake = z.string().regex(/^[0-9]{1,20}$/);

const envelope = z.object({
  id: snowflake,
  token: z.string().min(1).max(500),
  type: z.number().int(),
  locale: z.string().optional(),
  member: z.object({ permissions: z.unknown() }).loose().optional(),
});

const commandData = z.object({
  name: z.string().min(1).max(32),
  type: z.number().int(),
  options: z.array(z.unknown()).max(25).optional(),
});

const componentData = z.object({
  custom_id: z.string().min(1).max(100),
  component_type: z.number().int(),
});

/** A modal's field as submitted: a text input's value, a select's values (discord.js reads these). */
const modalField = z
  .object({
    type: z.number().int(),
    custom_id: z.string().max(100).optional(),
    value: z.string().max(4000).optional(),
    values: z.array(z.string()).max(25).optional(),
  })
  .loose();

/** A modal submit: its custom_id and fields, in labels (`component`) or action rows (`components`). */
const modalData = z.object({
  custom_id: z.string().min(1).max(100),
  components: z
    .array(
      z.union([
        z.object({ type: z.number().int(), components: z.array(modalField).max(5) }).loose(),
        z.object({ type: z.number().int(), component: modalField }).loose(),
        modalField,
      ]),
    )
    .max(10),
});

/** Interaction types (Discord's `InteractionType`). */
const APPLICATION_COMMAND = 2;
const MESSAGE_COMPONENT = 3;
const AUTOCOMPLETE = 4;
const MODAL_SUBMIT = 5;

/** What a command option's `value` must be, by option type (Discord's `ApplicationCommandOptionType`). */
const valueChecks: Record<number, (value: unknown) => boolean> = {
  3: (value) => typeof value === "string",
  4: (value) => Number.isSafeInteger(value),
  5: (value) => typeof value === "boolean",
  6: (value) => snowflake.safeParse(value).success,
  7: (value) => snowflake.safeParse(value).success,
  8: (value) => snowflake.safeParse(value).success,
  9: (value) => snowflake.safeParse(value).success,
  10: (value) => typeof value === "number" && Number.isFinite(value),
  11: (value) => snowflake.safeParse(value).success,
};

/** Why a list of command options breaks the schema, or null; recurses into subcommands. */
function optionProblem(
  options: readonly unknown[],
  path: string,
  focusedAllowed: boolean,
): string | null {
  for (const option of options) {
    if (typeof option !== "object" || option === null) return `${path}: an option is not an object`;
    const { name, type, value, options: nested, focused } = option as Record<string, unknown>;
    const where = `${path}.${String(name)}`;
    if (typeof name !== "string" || name.length === 0) return `${path}: an option has no name`;
    if (typeof type !== "number") return `${where}: no option type`;
    if (type === 1 || type === 2) {
      if (nested !== undefined && !Array.isArray(nested)) return `${where}: options not a list`;
      const problem = optionProblem(nested ?? [], where, focusedAllowed);
      if (problem) return problem;
      continue;
    }
    const check = valueChecks[type];
    if (!check) return `${where}: unknown option type ${type}`;
    // While typing (autocomplete) the focused option's value is the partial text, always a string.
    const partial = focusedAllowed && focused === true && typeof value === "string";
    if (!partial && !check(value)) return `${where}: value does not match option type ${type}`;
  }
  return null;
}

/** What the gate found wrong with an interaction payload. */
export interface UnreadableInteraction {
  /** One line naming the field, for the log (never the payload itself). */
  problem: string;
  /** How to answer it, when the payload at least carries a usable id and token. */
  answer: { id: string; token: string; locale: string | undefined; autocomplete: boolean } | null;
}

/**
 * Checks an `INTERACTION_CREATE` payload against the parts of Discord's schema Gazette relies on.
 * Returns null when it is fine, else what is wrong and whether it can be answered.
 */
export function checkInteraction(payload: unknown): UnreadableInteraction | null {
  const head = envelope.safeParse(payload);
  if (!head.success) {
    const { id, token } = (payload ?? {}) as { id?: unknown; token?: unknown };
    const canAnswer = snowflake.safeParse(id).success && typeof token === "string" && token !== "";
    return {
      problem: `interaction: ${head.error.issues.map((issue) => `${issue.path.join(".") || "payload"} ${issue.message}`).join("; ")}`,
      answer: canAnswer
        ? { id: id as string, token: token as string, locale: undefined, autocomplete: false }
        : null,
    };
  }
  const { id, token, type, locale } = head.data;
  const answer = { id, token, locale, autocomplete: type === AUTOCOMPLETE };
  const data = (payload as { data?: unknown }).data;
  if (type === APPLICATION_COMMAND || type === AUTOCOMPLETE) {
    const command = commandData.safeParse(data);
    if (!command.success)
      return { problem: "interaction: command data is missing or malformed", answer };
    const problem = optionProblem(
      command.data.options ?? [],
      command.data.name,
      type === AUTOCOMPLETE,
    );
    return problem ? { problem: `interaction: option ${problem}`, answer } : null;
  }
  if (type === MESSAGE_COMPONENT) {
    return componentData.safeParse(data).success
      ? null
      : { problem: "interaction: component data is missing or malformed", answer };
  }
  if (type === MODAL_SUBMIT) {
    return modalData.safeParse(data).success
      ? null
      : { problem: "interaction: modal data is missing or malformed", answer };
  }
  return null;
}

/**
 * Makes a payload safe for discord.js in place: permissions that are not a strict decimal bitfield
 * become "0" (no permission). Call on every payload that passed {@link checkInteraction}.
 */
export function normalizePermissions(payload: unknown): void {
  const member = (payload as { member?: { permissions?: unknown } } | null)?.member;
  if (member && typeof member === "object") {
    member.permissions = parsePermissionBits(member.permissions).toString();
  }
}

/**
 * Empties a payload that failed {@link checkInteraction} in place, so that discord.js, which handles
 * the same object next, ignores it (an interaction of unknown type) instead of throwing.
 */
export function defuse(payload: unknown): void {
  if (typeof payload !== "object" || payload === null) return;
  const record = payload as Record<string, unknown>;
  for (const key of Object.keys(record)) delete record[key];
  record.type = 0;
}
