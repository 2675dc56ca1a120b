import {
  createFile,
  deleteFile,
  findFile,
  readText,
  recordChanges,
  renameFile,
  replaceText,
  textOf,
  type ChangeRecord,
} from "@wove/protocol";
import type * as Y from "yjs";
import { applyEdits } from "../agent/tools/applyEdits.ts";
import type { LedgerResult } from "./AgentLedger.ts";

/** A file operation of the agent's tools, as the room applies it. */
export type AgentOp =
  | { kind: "write"; path: string; content: string }
  | { kind: "edit"; path: string; edits: ReadonlyArray<{ find: string; replace: string }> }
  | { kind: "delete"; path: string }
  | { kind: "rename"; from: string; to: string };

/**
 * Applies one operation to the document as the agent (SPEC D18): an edit touches only each
 * `find` (narrowed to the characters that differ), a rewrite only the ranges that differ
 * (D13). Answers what the model is told and the record undo needs; a refused operation
 * changes nothing and has no record.
 */
export function applyAgentOp(
  doc: Y.Doc,
  op: AgentOp,
  origin: unknown,
): { result: LedgerResult; record: ChangeRecord | null; at?: { fileId: string; index?: number } } {
  const refuse = (message: string) => ({ result: { ok: false, message, paths: [] }, record: null });
  switch (op.kind) {
    case "write": {
      const id = findFile(doc, op.path);
      if (id !== undefined && !textOf(doc, id))
        return refuse(`${op.path} is a binary file: it cannot be written as text`);
      let error: string | undefined;
      let changes = 0;
      let written = id;
      const record = recordChanges(doc, origin, () => {
        const target = id === undefined ? undefined : textOf(doc, id);
        if (target) changes = replaceText(target, op.content);
        else {
          const created = createFile(doc, { path: op.path, text: op.content });
          if (created.ok) written = created.value;
          else error = created.error;
        }
      });
      if (error) return refuse(error);
      const what =
        id === undefined
          ? `created ${op.path}`
          : changes
            ? `rewrote ${op.path} (only what differs)`
            : `${op.path} was already so`;
      // A new file's caret is at its end; a rewrite's changes are wherever they differ.
      const at = { fileId: written!, ...(id === undefined ? { index: op.content.length } : {}) };
      return { result: { ok: true, message: what, paths: [op.path] }, record, at };
    }
    case "edit": {
      const id = findFile(doc, op.path);
      const before = id === undefined ? undefined : readText(doc, id);
      if (before === undefined) return refuse(`No text file at ${op.path}: list_files shows what exists`);
      const checked = applyEdits(before, op.edits);
      if (!checked.ok) return refuse(checked.error);
      let caret = 0;
      const record = recordChanges(doc, origin, () => {
        const target = textOf(doc, id!)!;
        let current = before;
        for (const { find, replace } of op.edits) {
          const at = current.indexOf(find);
          // The shared start and end of find and replace stay: only what differs is written.
          let head = 0;
          while (head < find.length && head < replace.length && find[head] === replace[head]) head++;
          let tail = 0;
          while (
            tail < find.length - head &&
            tail < replace.length - head &&
            find[find.length - 1 - tail] === replace[replace.length - 1 - tail]
          )
            tail++;
          const removed = find.length - head - tail;
          if (removed > 0) target.delete(at + head, removed);
          const inserted = replace.slice(head, replace.length - tail);
          if (inserted) target.insert(at + head, inserted);
          caret = at + head + inserted.length;
          current = current.slice(0, at) + replace + current.slice(at + find.length);
        }
      });
      const count = op.edits.length;
      return {
        result: { ok: true, message: `edited ${op.path} (${count} change${count === 1 ? "" : "s"})`, paths: [op.path] },
        record,
        at: { fileId: id!, index: caret },
      };
    }
    case "delete": {
      const id = findFile(doc, op.path);
      if (id === undefined) return refuse(`No file at ${op.path}`);
      const record = recordChanges(doc, origin, () => void deleteFile(doc, id));
      return { result: { ok: true, message: `deleted ${op.path}`, paths: [op.path] }, record };
    }
    case "rename": {
      const id = findFile(doc, op.from);
      if (id === undefined) return refuse(`No file at ${op.from}`);
      let error: string | undefined;
      const record = recordChanges(doc, origin, () => {
        const renamed = renameFile(doc, id, op.to);
        if (!renamed.ok) error = renamed.error;
      });
      if (error) return refuse(error);
      return { result: { ok: true, message: `renamed ${op.from} to ${op.to}`, paths: [op.from, op.to] }, record };
    }
  }
}
