import * as Y from "yjs";
import { newId } from "../newId.ts";
import { blobRefSchema, type ChangeRecord, type IdRange, type KeyChange, type Segment } from "./ChangeRecord.ts";
import { filesOf } from "./fileTree.ts";

/**
 * Runs `write` as one transaction with `origin` and answers what it did to the files map
 * (SPEC D16), as JSON to store until the run is undone (`revertChanges`).
 *
 * The record is read in an `afterTransaction` handler that lives for this call only: Yjs
 * calls it after the observers and before it garbage-collects the transaction's deletions
 * (`cleanupTransactions` in yjs 13.6, pinned in package-lock), so deleted items still hold
 * their characters there, and the transaction's `beforeState`, `afterState`, `deleteSet`
 * and `changed` say exactly what it touched. (Not `observeDeep`: a text event's
 * `changes.deleted` is always empty; `afterTransactionCleanup` runs after the collection
 * and sees only lengths.) Reading a deleted item's content, and the
 * previous value of a map key, walks Yjs internals (`_map`, `_start`, `left`, `right`).
 *
 * `write` should not throw: what it changed before throwing stays in the document, and the
 * error comes out of this call instead of a record.
 */
export function recordChanges(doc: Y.Doc, origin: unknown, write: () => void): ChangeRecord {
  // Inside another transaction the handler would run when that one ends, after this returns.
  if (doc._transaction !== null) {
    throw new Error("recordChanges runs its own transaction: call it outside doc.transact");
  }
  let record: ChangeRecord | undefined;
  // The first one only: an observer may start a transaction of its own as this one ends.
  const capture = (transaction: Y.Transaction) => {
    record ??= readTransaction(doc, transaction);
  };
  doc.on("afterTransaction", capture);
  try {
    doc.transact(write, origin);
  } finally {
    doc.off("afterTransaction", capture);
  }
  if (!record) throw new Error("Yjs ended the transaction without calling afterTransaction");
  return record;
}

/** What the walks need of a shared type: where it sits in its parent. */
interface TypeNode {
  _item: Y.Item | null;
}

function readTransaction(doc: Y.Doc, transaction: Y.Transaction): ChangeRecord {
  const files = filesOf(doc);
  const filesType: unknown = files;
  const record: ChangeRecord = {
    id: newId(),
    inserted: insertedRanges(transaction),
    edited: [],
    deletedText: deletedText(files, transaction),
    keys: [],
    created: [],
    deleted: [],
  };
  const edited = new Set<string>();
  for (const [type, keys] of transaction.changed) {
    if (type === filesType) {
      for (const key of keys) if (key !== null) readEntryChange(files, key, transaction, record);
      continue;
    }
    const file = fileOfEntry(files, type);
    if (file !== null && type instanceof Y.Map) {
      for (const key of keys) if (key !== null) readKeyChange(type, file, key, transaction, record);
    }
    const textFile = fileOfText(files, type);
    if (textFile !== null) edited.add(textFile);
  }
  record.edited = [...edited];
  return record;
}

function insertedRanges(transaction: Y.Transaction): IdRange[] {
  const ranges: IdRange[] = [];
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after > before) ranges.push([client, before, after - before]);
  }
  return ranges;
}

/** Characters deleted from files that still exist; a deleted file's text goes with its record. */
function deletedText(files: unknown, transaction: Y.Transaction): ChangeRecord["deletedText"] {
  const pieces: ChangeRecord["deletedText"] = [];
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentString)) return;
    // Inserted and deleted by this same transaction: the document never showed it.
    if (createdIn(transaction, struct)) return;
    const text = struct.parent;
    if (!(text instanceof Y.Text) || text._item?.deleted) return;
    const file = fileOfText(files, text);
    if (file === null) return;
    const { client, clock } = struct.id;
    const last = pieces.at(-1);
    if (last && last.file === file && last.client === client && last.clock + last.text.length === clock) {
      last.text += struct.content.str;
    } else {
      pieces.push({ file, client, clock, text: struct.content.str });
    }
  });
  return pieces;
}

function readEntryChange(files: Y.Map<Y.Map<unknown>>, file: string, transaction: Y.Transaction, record: ChangeRecord) {
  const before = valueBefore(files, file, transaction);
  const now = files.get(file);
  if (before instanceof Y.Map && before !== now) {
    const deleted = readDeletedFile(before, file, transaction);
    if (deleted) record.deleted.push(deleted);
  }
  if (now && now !== before) record.created.push(file);
}

function readDeletedFile(entry: Y.Map<unknown>, file: string, transaction: Y.Transaction) {
  const path = valueBefore(entry, "path", transaction);
  const kind = valueBefore(entry, "kind", transaction);
  if (typeof path !== "string") return undefined;
  if (kind === "blob") {
    const blob = blobRefSchema.safeParse(valueBefore(entry, "blob", transaction));
    return blob.success ? { file, path, kind: "blob" as const, blob: blob.data } : undefined;
  }
  const text = valueBefore(entry, "text", transaction);
  return { file, path, kind: "text" as const, segments: text instanceof Y.Text ? textBefore(text, transaction) : [] };
}

function readKeyChange(
  entry: Y.Map<unknown>,
  file: string,
  key: string,
  transaction: Y.Transaction,
  record: ChangeRecord,
) {
  const before = valueBefore(entry, key, transaction);
  const after: unknown = entry.get(key);
  // A shared type set under a key (a file's `text` replaced whole) is not JSON; SPEC D13
  // forbids the replacement, and nothing in the codebase does it.
  if (before instanceof Y.AbstractType || after instanceof Y.AbstractType) return;
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  // A copy through JSON: the record must not share the document's objects.
  if (before === undefined) record.keys.push({ file, key });
  else record.keys.push({ file, key, before: JSON.parse(JSON.stringify(before)) as KeyChange["before"] });
}

/** The characters a text showed before the transaction, with their ids. */
function textBefore(text: Y.Text, transaction: Y.Transaction): Segment[] {
  const segments: Segment[] = [];
  for (let item = text._start; item; item = item.right) {
    if (createdIn(transaction, item) || !visibleBefore(transaction, item)) continue;
    if (!(item.content instanceof Y.ContentString)) continue;
    const { client, clock } = item.id;
    const last = segments.at(-1);
    if (last && last[0] === client && last[1] + last[2].length === clock) last[2] += item.content.str;
    else segments.push([client, clock, item.content.str]);
  }
  return segments;
}

/**
 * A map key's value before the transaction (undefined: unset). Yjs keeps a key's earlier
 * values as the items to the left of its current one.
 */
function valueBefore(map: { _map: Map<string, Y.Item> }, key: string, transaction: Y.Transaction): unknown {
  let item = map._map.get(key) ?? null;
  while (item && createdIn(transaction, item)) item = item.left;
  if (!item || !visibleBefore(transaction, item)) return undefined;
  const content = item.content.getContent();
  return content[content.length - 1];
}

function createdIn(transaction: Y.Transaction, item: Y.Item): boolean {
  return item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
}

/** Not deleted, or deleted by this transaction (the delete set is sorted by now). */
function visibleBefore(transaction: Y.Transaction, item: Y.Item): boolean {
  return !item.deleted || Y.isDeleted(transaction.deleteSet, item.id);
}

function fileOfEntry(files: unknown, type: TypeNode): string | null {
  const item = type._item;
  return item && item.parent === files ? item.parentSub : null;
}

function fileOfText(files: unknown, type: TypeNode): string | null {
  const entry = type._item?.parent;
  if (!(type instanceof Y.Text) || type._item?.parentSub !== "text" || !(entry instanceof Y.Map)) return null;
  return fileOfEntry(files, entry);
}
