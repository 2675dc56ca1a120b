import type * as Y from "yjs";
import type { DeletedText } from "./ChangeRecord.ts";
import type { IdRanges } from "./IdRanges.ts";

export interface TextRevert {
  /** Ranges removed plus runs put back. */
  changes: number;
  /** Characters of `deleted` whose place this text does not hold (another document's ids). */
  missing: number;
}

/**
 * Undoes the agent's edits to one text, in the caller's transaction: removes the
 * characters of `agent` that still show, then puts each of `deleted` back where its
 * deleted items sit. Everything else in the text (a person's typing, even inside the
 * agent's insertion or against what it deleted) keeps its items, so cursors and
 * concurrent edits survive (SPEC D13, D16). Characters of `deleted` inside `agent` stay
 * out: a record reverted with them also reverts their insertion.
 *
 * Yjs internals: the walks follow the text's item list (`_start`, `right`), where a deleted
 * item stays as a tombstone with its id and length even after garbage collection and a
 * reload, so "where its deleted items sit" is the number of visible characters before
 * them. yjs is pinned in package-lock (13.6).
 */
export function revertText(text: Y.Text, agent: IdRanges, deleted: readonly DeletedText[]): TextRevert {
  const removed = removeInserted(text, agent);
  const { restored, missing } = restoreDeleted(text, agent, deleted);
  return { changes: removed + restored, missing };
}

function removeInserted(text: Y.Text, agent: IdRanges): number {
  const doomed: Array<[index: number, length: number]> = [];
  let index = 0;
  for (let item = text._start; item; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const { client, clock } = item.id;
    for (const [from, to] of agent.intersect(client, clock, item.length)) {
      const start = index + from - clock;
      const last = doomed.at(-1);
      if (last && last[0] + last[1] === start) last[1] += to - from;
      else doomed.push([start, to - from]);
    }
    index += item.length;
  }
  // Right to left, so each range's index is still that of the walk.
  for (let i = doomed.length - 1; i >= 0; i--) text.delete(doomed[i]![0], doomed[i]![1]);
  return doomed.length;
}

function restoreDeleted(text: Y.Text, agent: IdRanges, deleted: readonly DeletedText[]) {
  const byClient = new Map<number, DeletedText[]>();
  for (const piece of deleted) byClient.set(piece.client, [...(byClient.get(piece.client) ?? []), piece]);
  // Within one tombstone the ids grow left to right, so pieces are read in clock order.
  for (const pieces of byClient.values()) pieces.sort((a, b) => a.clock - b.clock);
  const found = new Map<DeletedText, number>();
  const runs: Array<{ index: number; text: string }> = [];
  let index = 0;
  for (let item = text._start; item; item = item.right) {
    if (!item.deleted) {
      if (item.countable) index += item.length;
      continue;
    }
    const { client, clock } = item.id;
    for (const piece of byClient.get(client) ?? []) {
      const from = Math.max(piece.clock, clock);
      const to = Math.min(piece.clock + piece.text.length, clock + item.length);
      if (from >= to) continue;
      found.set(piece, (found.get(piece) ?? 0) + to - from);
      for (const [start, end] of agent.outside(client, from, to - from)) {
        const chars = piece.text.slice(start - piece.clock, end - piece.clock);
        // Pieces with no visible character between them go back as one insertion (one
        // item, not several); right to left below, so each index is still the walk's.
        const last = runs.at(-1);
        if (last?.index === index) last.text += chars;
        else runs.push({ index, text: chars });
      }
    }
  }
  for (let i = runs.length - 1; i >= 0; i--) text.insert(runs[i]!.index, runs[i]!.text);
  const missing = deleted.reduce((sum, piece) => sum + piece.text.length - (found.get(piece) ?? 0), 0);
  return { restored: runs.length, missing };
}
