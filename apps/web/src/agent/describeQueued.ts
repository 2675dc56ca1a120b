import { isFinishedRun, type AgentRunView } from "@wove/protocol";

/** How many characters of the other run's prompt name it. */
const PROMPT_CHARS = 60;

/**
 * What a queued run waits for: "Waiting for “Add a login page” — asked by Ana". The run
 * before is the newest unfinished run started before it (runs of a project go one at a
 * time, so that is the one that must end first). Null when none is left: the server is
 * about to start it.
 */
export function describeQueued(runs: readonly AgentRunView[], run: AgentRunView): string | null {
  const before = runBefore(runs, run);
  if (!before) return null;
  return `Waiting for “${shortPrompt(before.prompt)}” — asked by ${before.startedBy.name}`;
}

function runBefore(runs: readonly AgentRunView[], run: AgentRunView): AgentRunView | undefined {
  let found: AgentRunView | undefined;
  for (const other of runs) {
    if (other.id === run.id || isFinishedRun(other.status) || other.createdAt > run.createdAt) continue;
    if (!found || other.createdAt >= found.createdAt) found = other;
  }
  return found;
}

/** The prompt's first line, cut at a word near PROMPT_CHARS. */
export function shortPrompt(prompt: string): string {
  const line = prompt.trim().split("\n")[0]?.trim() ?? "";
  if (line.length <= PROMPT_CHARS) return line || "(no prompt)";
  const cut = line.slice(0, PROMPT_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${(space > PROMPT_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
