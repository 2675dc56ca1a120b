/** How an answer stands, as the thread shows it: `cut-off` is "streaming" with nobody answering. */
export type AnswerEnding = "streaming" | "done" | "stopped" | "failed" | "cut-off";

const ended: Record<Exclude<AnswerEnding, "streaming">, string> = {
  done: "The answer ended",
  stopped: "The answer was stopped",
  failed: "The answer failed",
  "cut-off": "The answer was cut off",
};

/**
 * Why a proposed file of an answer cannot be applied, or null when it can. A block whose
 * closing fence never arrived holds only the start of the file: applying it would replace
 * the whole file with that start (SPEC D13 applies whole files), so it is never offered,
 * however the answer ended. A block that closed is complete even in a stopped answer.
 */
export function whyNotApplicable(block: { path: string; closed: boolean }, ending: AnswerEnding): string | null {
  if (block.closed || ending === "streaming") return null;
  return `${ended[ending]} before ${block.path} was complete, so it cannot be applied: it would cut the file short. Ask again for the whole file.`;
}
