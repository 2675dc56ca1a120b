import type * as Y from "yjs";

/**
 * "Run without asking": the project setting the server reads when a run starts without
 * `autoApprove` (the document's `meta.agentAutoApprove`), so it travels with the project
 * and every editor sees it change. Anything but `true` is asking first.
 */
const KEY = "agentAutoApprove";

export function readAutoApprove(doc: Y.Doc): boolean {
  return doc.getMap("meta").get(KEY) === true;
}

/** A CRDT write like any edit: a viewer's is refused by the room, so only editors are offered it. */
export function writeAutoApprove(doc: Y.Doc, on: boolean): void {
  doc.getMap("meta").set(KEY, on);
}

/** Calls `onChange` when the setting may have changed; returns the unsubscribe. */
export function watchAutoApprove(doc: Y.Doc, onChange: () => void): () => void {
  const meta = doc.getMap("meta");
  const listener = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(KEY)) onChange();
  };
  meta.observe(listener);
  return () => meta.unobserve(listener);
}
