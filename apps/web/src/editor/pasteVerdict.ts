import { RoomLimits } from "@wove/protocol";

/** Above this a paste is accepted but reported, so the UI can say why things slowed down. */
export const LARGE_PASTE_BYTES = 1 << 20;

// An update carries the text plus ids, lengths and the sync message's own header; this
// margin keeps a change that fits on screen from being refused by the room on the wire.
const MESSAGE_HEADROOM_BYTES = 64 << 10;

/** The largest text one change may add, in UTF-8 bytes. */
export const MAX_CHANGE_BYTES = RoomLimits.MAX_MESSAGE_BYTES - MESSAGE_HEADROOM_BYTES;

export type PasteVerdict = "ok" | "large" | "refused";

/** UTF-8 bytes of a string, without allocating its encoding. Lone surrogates count 3 (U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Whether a change adding `text` may go into the document: refused when its update
 * would not fit in one room message, or would take the document past the room's limit
 * (`documentBytes` is only asked for large changes: encoding a document is not free).
 * The one check for text entering a project: pastes, edits, and uploaded text files.
 */
export function pasteVerdict(text: string, documentBytes: () => number): PasteVerdict {
  // Three bytes per UTF-16 unit at most: short texts need no counting.
  if (text.length * 3 <= LARGE_PASTE_BYTES) return "ok";
  return pasteVerdictForBytes(utf8Length(text), documentBytes);
}

/** pasteVerdict for text whose UTF-8 size is known unread (a file's `size`). */
export function pasteVerdictForBytes(bytes: number, documentBytes: () => number): PasteVerdict {
  if (bytes <= LARGE_PASTE_BYTES) return "ok";
  if (bytes > MAX_CHANGE_BYTES) return "refused";
  if (documentBytes() + bytes > RoomLimits.MAX_DOCUMENT_BYTES) return "refused";
  return "large";
}
