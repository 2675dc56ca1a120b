import { createFile, findFile, recordChanges, textOf, type ChangeRecord } from "@wove/protocol";
import * as Y from "yjs";

/** Where a streamed write has got to: its file, how much of the text is in, and where it ends. */
export interface AgentStream {
  fileId: string;
  /** UTF-16 code units of the model's text written so far. */
  written: number;
  /** Just after the last character written, bound to that character (see streamAgentWrite). */
  end: Uint8Array;
}

export type StreamStep =
  | { ok: true; stream: AgentStream; record: ChangeRecord | null; cursor: number }
  /** Nothing written: the file exists (a rewrite is applied whole, as D13's diff), or is gone. */
  | { ok: false; reason: string };

/**
 * Writes a `write_file` into the document as the model streams it (SPEC D18): `text` is the
 * file's content so far (a prefix of the final one, longer at each call). The first call
 * creates the file, if there is none at `path`; each later one appends what is new at the
 * end of the agent's own text, a position bound to the last character the agent wrote
 * (`assoc -1`), so a person typing in the file meanwhile, even right after the agent's text,
 * keeps what they type and the agent's text stays in one piece. Each piece is one recorded
 * transaction, so undo run takes back exactly the streamed characters.
 *
 * A file that exists is not streamed into: rewriting it as it streams would delete the old
 * text ahead of the new, and a person's text with it; its write is applied when complete.
 */
export function streamAgentWrite(
  doc: Y.Doc,
  stream: AgentStream | undefined,
  path: string,
  text: string,
  origin: unknown,
): StreamStep {
  // Half a surrogate pair would reach peers as U+FFFD: it waits for its other half.
  const safe = /[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) : text;
  if (!stream) {
    if (findFile(doc, path) !== undefined) return { ok: false, reason: "exists" };
    let id: string | undefined;
    let error: string | undefined;
    const record = recordChanges(doc, origin, () => {
      const created = createFile(doc, { path, text: safe });
      if (created.ok) id = created.value;
      else error = created.error;
    });
    if (id === undefined) return { ok: false, reason: error ?? "not created" };
    const ytext = textOf(doc, id)!;
    return {
      ok: true,
      stream: { fileId: id, written: safe.length, end: endOf(ytext, safe.length) },
      record,
      cursor: safe.length,
    };
  }
  const ytext = textOf(doc, stream.fileId);
  const at = ytext && Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(stream.end), doc);
  if (!ytext || !at || at.type !== ytext) return { ok: false, reason: "gone" };
  const added = safe.slice(stream.written);
  if (!added) return { ok: true, stream, record: null, cursor: at.index };
  const record = recordChanges(doc, origin, () => ytext.insert(at.index, added));
  const cursor = at.index + added.length;
  return { ok: true, stream: { ...stream, written: safe.length, end: endOf(ytext, cursor) }, record, cursor };
}

/** The position after `index`'s character, bound to it (an empty text binds to its start). */
function endOf(ytext: Y.Text, index: number): Uint8Array {
  return Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(ytext, index, index > 0 ? -1 : 0));
}
