/**
 * Scores `query` against `text` as a subsequence (case-insensitive), higher is better,
 * or null when some query character is missing. Consecutive characters, word starts
 * (after / . - _ or a case change) and matches in the file name score more, so
 * "appts" ranks `src/app.ts` above `src/api/paths.ts`.
 */
export function fuzzyScore(query: string, text: string): number | null {
  const q = query.toLowerCase().replace(/\s+/g, "");
  if (!q) return 0;
  const lower = text.toLowerCase();
  const nameStart = text.lastIndexOf("/") + 1;
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const char of q) {
    const at = lower.indexOf(char, from);
    if (at === -1) return null;
    score += 1;
    if (at === previous + 1) score += 5;
    const before = text[at - 1];
    if (at === 0 || before === "/" || before === "." || before === "-" || before === "_") score += 4;
    else if (before && before === before.toLowerCase() && text[at] !== text[at]?.toLowerCase()) score += 3;
    if (at >= nameStart) score += 2;
    previous = at;
    from = at + 1;
  }
  // Shorter paths win ties: fewer places for the match to hide.
  return score - text.length / 1000;
}

/** The items whose key matches `query`, best first, at most `limit`. */
export function fuzzyFilter<T>(items: T[], query: string, key: (item: T) => string, limit = 50): T[] {
  const scored: Array<{ item: T; score: number }> = [];
  for (const item of items) {
    const score = fuzzyScore(query, key(item));
    if (score !== null) scored.push({ item, score });
  }
  scored.sort((a, b) => b.score - a.score || key(a.item).localeCompare(key(b.item)));
  return scored.slice(0, limit).map((s) => s.item);
}
