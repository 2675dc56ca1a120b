import * as Y from "yjs";
import type { ChangeRecord, DeletedFile, DeletedText, KeyChange } from "./ChangeRecord.ts";
import { IdRanges } from "./IdRanges.ts";
import { createFile, deleteFile, filesOf, listEntries, renameFile, textOf } from "./fileTree.ts";
import { revertText } from "./revertText.ts";

export interface RevertResult {
  /** Edits the revert made: text ranges removed or put back, keys restored, files removed or recreated. */
  reverted: number;
  /** What it left as it is, and why, one sentence each. */
  skipped: string[];
}

/** Record id -> true for each record reverted: a second revert of one does nothing (SPEC D16). */
export const revertedChangesOf = (doc: Y.Doc) => doc.getMap<boolean>("revertedChanges");

/** What one call knows while it reverts. */
interface Revert {
  doc: Y.Doc;
  /** Everything the records being reverted inserted. */
  agent: IdRanges;
  /** The clock this revert's own items start at: they may be overwritten like the agent's. */
  since: number;
  /** The files the records created, by id: made and unmade by the run, one is not brought back. */
  created: Set<string>;
  /** A deleted file's id -> the id of the file a newer record's revert recreated for it. */
  recreated: Map<string, string>;
  /** Text edits per file, so removing a file the run created counts as one change. */
  textChanges: Map<string, number>;
  result: RevertResult;
}

/**
 * Undoes `records` (oldest first, as recorded) in one transaction with `origin`, newest
 * first, leaving what anyone else did since (SPEC D16): the agent's characters that
 * still show go, the characters it deleted come back where they were, a key it set goes
 * back unless someone set it since, a file it created goes unless someone wrote in it, a
 * file it deleted comes back (with a new id) unless its path is taken. Records already
 * reverted in this document are left out; anything the document does not hold (another
 * document's record) is skipped and said so, never thrown.
 *
 * The text of all records is reverted in one pass, not record by record: record by record,
 * what a newer record deleted just left of an older record's deletion would go back first,
 * after both tombstones, and the older text would then land in front of it; and a run one
 * record inserted and a later one deleted must not come back at all.
 */
export function revertChanges(doc: Y.Doc, records: ChangeRecord[], origin: unknown): RevertResult {
  const done = revertedChangesOf(doc);
  const active = [...new Map(records.filter((r) => !done.has(r.id)).map((r) => [r.id, r])).values()];
  const result: RevertResult = { reverted: 0, skipped: [] };
  if (active.length === 0) return result;
  doc.transact(() => {
    const revert: Revert = {
      doc,
      agent: new IdRanges(active.flatMap((r) => r.inserted)),
      since: Y.getState(doc.store, doc.clientID),
      created: new Set(active.flatMap((r) => r.created)),
      recreated: new Map(),
      textChanges: new Map(),
      result,
    };
    revertTexts(revert, active);
    for (const record of [...active].reverse()) {
      for (const file of record.created) removeCreated(revert, file);
      restoreKeys(revert, record.keys);
      for (const file of record.deleted) recreate(revert, file);
    }
    for (const record of active) done.set(record.id, true);
  }, origin);
  return result;
}

function revertTexts(revert: Revert, records: ChangeRecord[]) {
  const pieces = new Map<string, DeletedText[]>();
  for (const record of records) {
    for (const file of [...record.edited, ...record.created]) pieces.set(file, pieces.get(file) ?? []);
    for (const piece of record.deletedText) pieces.get(piece.file)?.push(piece);
  }
  const deletedByRun = new Set(records.flatMap((r) => r.deleted.map((d) => d.file)));
  for (const [file, deleted] of pieces) {
    const text = textOf(revert.doc, file);
    if (text) {
      const { changes, missing } = revertText(text, revert.agent, deleted);
      revert.result.reverted += changes;
      revert.textChanges.set(file, changes);
      if (missing > 0) {
        revert.result.skipped.push(
          `${pathOf(revert, file)}: ${missing} characters the run deleted are not in this document, so they stay deleted`,
        );
      }
    } else if (deletedByRun.has(file)) {
      // Recreated from the record of its deletion, without the run's insertions; what the
      // run deleted before deleting the file had no place left to go back to.
      if (deleted.some((p) => revert.agent.outside(p.client, p.clock, p.text.length).length > 0)) {
        revert.result.skipped.push(`file ${file}: text the run deleted before deleting the file is not restored`);
      }
    } else if (!revert.created.has(file)) {
      revert.result.skipped.push(`file ${file}: not in the document (deleted since?), so the run's edits stay`);
    }
  }
}

function removeCreated(revert: Revert, file: string) {
  const { doc, result } = revert;
  const id = revert.recreated.get(file) ?? file;
  const slot = filesOf(doc)._map.get(id);
  const entry = filesOf(doc).get(id);
  // Gone already: nothing of the run's is left in it.
  if (!slot || !entry) return;
  if (!isOurs(revert, slot.id)) {
    result.skipped.push(`${pathOf(revert, id)}: kept, the file there is no longer the one the run created`);
    return;
  }
  // The agent's characters went in the text pass, so any left are someone else's.
  const text = entry.get("text");
  const blob = entry._map.get("blob");
  if ((text instanceof Y.Text && text.length > 0) || (blob && !blob.deleted && !isOurs(revert, blob.id))) {
    result.skipped.push(`${pathOf(revert, id)}: kept, someone else wrote in it after the run created it`);
    return;
  }
  deleteFile(doc, id);
  result.reverted += 1 - (revert.textChanges.get(id) ?? 0);
}

/**
 * Restores keys, retrying those whose path another of them still holds (the agent moved
 * one file onto the path another left); what is still blocked when nothing moves is skipped.
 */
function restoreKeys(revert: Revert, changes: KeyChange[]) {
  let pending = changes;
  while (pending.length > 0) {
    const blocked = pending.filter((change) => restoreKey(revert, change) === "blocked");
    if (blocked.length === pending.length) {
      for (const { file, before } of blocked) {
        const id = revert.recreated.get(file) ?? file;
        revert.result.skipped.push(`${pathOf(revert, id)}: not moved back to ${String(before)}, another file is there`);
      }
      return;
    }
    pending = blocked;
  }
}

function restoreKey(revert: Revert, { file, key, before }: KeyChange): "done" | "blocked" {
  const { doc, result } = revert;
  const id = revert.recreated.get(file) ?? file;
  const entry = filesOf(doc).get(id);
  if (!entry) {
    result.skipped.push(`file ${file}: not in the document (deleted since?), so its ${key} stays`);
    return "done";
  }
  const slot = entry._map.get(key);
  const current: unknown = slot && !slot.deleted ? entry.get(key) : undefined;
  if (JSON.stringify(current) === JSON.stringify(before)) return "done";
  if (slot && !slot.deleted && !isOurs(revert, slot.id)) {
    result.skipped.push(
      `${pathOf(revert, id)}: ${key} was changed after the run, so it stays ${JSON.stringify(current)}`,
    );
    return "done";
  }
  if (key === "path" && typeof before === "string") {
    if (listEntries(doc).some((e) => e.path === before && e.id !== id)) return "blocked";
    const moved = renameFile(doc, id, before);
    if (!moved.ok) result.skipped.push(`${pathOf(revert, id)}: not moved back to ${before}: ${moved.error}`);
    else result.reverted++;
    return "done";
  }
  if (before === undefined) entry.delete(key);
  else entry.set(key, JSON.parse(JSON.stringify(before)));
  result.reverted++;
  return "done";
}

function recreate(revert: Revert, gone: DeletedFile) {
  const { doc, agent, result } = revert;
  const text = (gone.segments ?? [])
    .flatMap(([client, clock, chars]) =>
      agent.outside(client, clock, chars.length).map(([from, to]) => chars.slice(from - clock, to - clock)),
    )
    .join("");
  if (revert.created.has(gone.file) && (gone.kind === "blob" || text === "")) return;
  const made = createFile(
    doc,
    gone.kind === "blob" && gone.blob ? { path: gone.path, blob: gone.blob } : { path: gone.path, text },
  );
  if (!made.ok) {
    result.skipped.push(`${gone.path}: not recreated: ${made.error}`);
    return;
  }
  revert.recreated.set(gone.file, made.value);
  result.reverted++;
}

function isOurs(revert: Revert, id: Y.ID): boolean {
  return revert.agent.has(id.client, id.clock) || (id.client === revert.doc.clientID && id.clock >= revert.since);
}

function pathOf(revert: Revert, file: string): string {
  const path = filesOf(revert.doc).get(file)?.get("path");
  return typeof path === "string" ? path : `file ${file}`;
}
