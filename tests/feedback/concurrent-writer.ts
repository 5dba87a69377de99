/**
 * A second process writing into the same feedback store (run by tsx from store.test.ts): records
 * `count` unanswered questions and votes of `count` members on one answer, as fast as it can.
 */
import { FeedbackStore } from "../../src/feedback/store.js";

const [dir = "", answerId = "", prefix = "", countText = "0"] = process.argv.slice(2);
const store = FeedbackStore.open({ dir, retentionDays: 30 });
for (let index = 0; index < Number(countText); index++) {
  store.recordQuestion({ kind: "ask", text: `${prefix} question ${index}`, answered: false });
  store.vote(answerId, `${prefix}-member-${index}`, index % 2 === 0 ? "up" : "down");
}
store.close();
