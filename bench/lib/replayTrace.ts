import type * as Y from "yjs";
import type { TraceOp } from "./generateB4Trace.ts";

/** Applies `trace` to `text` in `updates` transactions: a connected client sends each as one message. */
export function replayTrace(doc: Y.Doc, text: Y.Text, trace: readonly TraceOp[], updates: number): void {
  const size = Math.ceil(trace.length / updates);
  for (let start = 0; start < trace.length; start += size) {
    doc.transact(() => {
      for (const [position, deleteCount, insertText] of trace.slice(start, start + size)) {
        if (deleteCount) text.delete(position, deleteCount);
        if (insertText) text.insert(position, insertText);
      }
    });
  }
}
