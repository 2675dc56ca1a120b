import { estimateTokens } from "./estimateTokens.ts";
import type { ProjectFile } from "./ProjectFile.ts";
import { tokenizeForSearch } from "./tokenizeForSearch.ts";

export interface RetrieveFilesInput {
  /** What to look for: the user's message, plus the selection if any. */
  query: string;
  files: readonly ProjectFile[];
  /** Estimated tokens the chosen files may take together. */
  budgetTokens: number;
  /** At most this many files, however much budget is left. */
  limit?: number;
}

export interface RetrievedFile {
  file: ProjectFile;
  score: number;
  tokens: number;
}

// BM25's usual constants: term frequency saturates around k1, b normalises for file length.
const K1 = 1.2;
const B = 0.75;
// A query term in the file's path (the file is named after it) counts like this many occurrences.
const PATH_WEIGHT = 3;

/**
 * Keyword retrieval over project files, BM25 over identifiers and words (see
 * `tokenizeForSearch`), with a bonus for terms in the path. Returns the best-scoring files
 * that fit the budget, best first; a file too big for what is left is skipped, not cut.
 * Pure and synchronous: no index, suited to the hundreds of files of one project.
 */
export function retrieveFiles({ query, files, budgetTokens, limit = 8 }: RetrieveFilesInput): RetrievedFile[] {
  const queryTerms = [...new Set(tokenizeForSearch(query))];
  if (queryTerms.length === 0 || files.length === 0) return [];
  const docs = files.map((file) => ({
    file,
    counts: countTerms(tokenizeForSearch(file.text)),
    path: new Set(tokenizeForSearch(file.path)),
  }));
  const lengths = docs.map((doc) => [...doc.counts.values()].reduce((sum, n) => sum + n, 0));
  const averageLength = Math.max(1, lengths.reduce((sum, n) => sum + n, 0) / docs.length);
  const idf = new Map(
    queryTerms.map((term) => {
      const df = docs.filter((doc) => doc.counts.has(term) || doc.path.has(term)).length;
      return [term, Math.log(1 + (docs.length - df + 0.5) / (df + 0.5))];
    }),
  );

  const scored = docs.map((doc, i) => {
    const norm = K1 * (1 - B + (B * (lengths[i] ?? 0)) / averageLength);
    const score = queryTerms.reduce((sum, term) => {
      const tf = (doc.counts.get(term) ?? 0) + (doc.path.has(term) ? PATH_WEIGHT : 0);
      return tf === 0 ? sum : sum + ((idf.get(term) ?? 0) * tf * (K1 + 1)) / (tf + norm);
    }, 0);
    return { file: doc.file, score };
  });

  const chosen: RetrievedFile[] = [];
  let left = budgetTokens;
  for (const { file, score } of scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score)) {
    if (chosen.length >= limit) break;
    const tokens = estimateTokens(file.path) + estimateTokens(file.text);
    if (tokens > left) continue;
    chosen.push({ file, score, tokens });
    left -= tokens;
  }
  return chosen;
}

function countTerms(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
