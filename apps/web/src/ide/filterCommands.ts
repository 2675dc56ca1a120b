import { fuzzyScore } from "./fuzzyMatch.ts";

/** What the palette matches a command by: its title, and the other words people use for it. */
export interface Findable {
  title: string;
  /** Synonyms ("dark", "theme" for "Switch between light and dark"): matched from their start. */
  keywords?: readonly string[];
}

/**
 * How well `query` finds a command, higher is better, or null when it does not: the
 * title's fuzzy score, or a synonym's when the query starts one. A synonym must be
 * typed from its start: a fuzzy match inside short words would find nearly everything.
 */
export function commandScore(query: string, command: Findable): number | null {
  const q = query.trim().toLowerCase();
  let best = fuzzyScore(q, command.title);
  if (!q) return best;
  for (const keyword of command.keywords ?? []) {
    const word = keyword.toLowerCase();
    if (!word.startsWith(q)) continue;
    const score = fuzzyScore(q, word);
    if (score !== null && (best === null || score > best)) best = score;
  }
  return best;
}

/** The commands `query` finds, best first, at most `limit`. */
export function filterCommands<T extends Findable>(commands: readonly T[], query: string, limit = 100): T[] {
  const scored: Array<{ command: T; score: number }> = [];
  for (const command of commands) {
    const score = commandScore(query, command);
    if (score !== null) scored.push({ command, score });
  }
  scored.sort((a, b) => b.score - a.score || a.command.title.localeCompare(b.command.title));
  return scored.slice(0, limit).map((s) => s.command);
}
