import type * as Y from "yjs";

const origins = new WeakMap<Y.Doc, object>();

/**
 * The transaction origin of edits an AI makes on this person's behalf in this document.
 * Origins never leave the client (peers see the room's updates), so one object per
 * document marks "mine, made by the AI": this person's undo history tracks it as a step
 * of its own (see UndoHistory), and nobody else's does.
 */
export function agentOriginOf(doc: Y.Doc): object {
  let origin = origins.get(doc);
  if (!origin) {
    origin = { agent: "AI" };
    origins.set(doc, origin);
  }
  return origin;
}
