import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { defaultConfig } from "../config.js";
import { FEEDBACK_FILE, type FeedbackReport, FeedbackStore } from "../feedback/store.js";
import { type CliCommand, UsageError } from "./io.js";

/**
 * `gazette report [--days 7|30] [--data DIR] [--json]`: what `/report` shows, from the feedback
 * store of `DATA_DIR` (or `--data`): the most frequent unanswered questions, the worst-rated
 * answers and the no-answer rate per day. Exit 1 when no store exists there yet.
 */
export const reportCommand: CliCommand = async (args, io) => {
  const options = parseReportArgs(args);
  const dir = options.data ?? io.dataDir ?? defaultConfig.dataDir;
  const file = path.join(dir, FEEDBACK_FILE);
  if (!existsSync(file)) {
    io.err(`No feedback recorded yet: ${file} does not exist (set DATA_DIR or --data).`);
    return 1;
  }
  const store = FeedbackStore.open({
    dir,
    retentionDays: io.feedbackRetentionDays ?? defaultConfig.feedbackRetentionDays,
  });
  try {
    const report = store.report({ days: options.days, limit: 20 });
    io.out(options.json ? JSON.stringify(report) : formatReportText(report, file));
  } finally {
    store.close();
  }
  return 0;
};

function parseReportArgs(args: string[]): { days: number; data?: string; json: boolean } {
  let values: { days?: string; data?: string; json?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { days: { type: "string" }, data: { type: "string" }, json: { type: "boolean" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const days = values.days === undefined ? 7 : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new UsageError(
      `--days must be a whole number of days from 1 to 3650, not "${values.days}"`,
    );
  }
  return { days, json: values.json ?? false, ...(values.data ? { data: values.data } : {}) };
}

/** The report as plain text for a terminal. */
export function formatReportText(report: FeedbackReport, file: string): string {
  const percent = (part: number, whole: number) =>
    `${whole > 0 ? Math.round((100 * part) / whole) : 0}%`;
  const lines = [`Feedback report, last ${report.days} days (${file})`, ""];
  lines.push("Most frequent unanswered questions:");
  if (report.unanswered.length === 0) lines.push("  none");
  for (const question of report.unanswered) {
    lines.push(
      `  ${String(question.count).padStart(5)}×  /${question.kind}  "${question.question}"  (last ${question.lastDay})`,
    );
  }
  lines.push("", "Worst-rated answers:");
  if (report.worstRated.length === 0) lines.push("  none");
  for (const answer of report.worstRated) {
    lines.push(
      `  ${answer.down} down, ${answer.up} up  /${answer.kind}  "${answer.question}" → ${answer.shown}`,
    );
  }
  lines.push("", "No-answer rate per day:");
  if (report.perDay.length === 0) lines.push("  no question asked");
  for (const day of report.perDay) {
    lines.push(
      `  ${day.day}  ${day.unanswered} of ${day.asked} unanswered (${percent(day.unanswered, day.asked)})`,
    );
  }
  const { asked, unanswered } = report.totals;
  if (asked > 0)
    lines.push(`  in all  ${unanswered} of ${asked} unanswered (${percent(unanswered, asked)})`);
  return lines.join("\n");
}
