import type { InteractionRecord, StoredMessage } from "./messages.js";

/**
 * What happens on the stand-in, as it happens: for a viewer such as the sandbox page (tests use
 * the `waitFor…` helpers instead).
 */
export type StandInEvent =
  | { type: "interaction"; record: InteractionRecord }
  | { type: "callback"; record: InteractionRecord }
  | {
      type: "message";
      record: InteractionRecord;
      message: StoredMessage;
      /** `original` for the response to the interaction itself. */
      kind: "original" | "follow-up";
    }
  | { type: "edit"; record: InteractionRecord; message: StoredMessage }
  | { type: "delete"; record: InteractionRecord; messageId: string }
  /** A request the stand-in refused: an unknown route or a payload breaking a Discord limit. */
  | { type: "failure"; problem: string; record: InteractionRecord | null };

export type StandInListener = (event: StandInEvent) => void;
