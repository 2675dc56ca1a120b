/** What a code fence's info string says: its language, and the file it proposes, if any. */
export interface FenceInfo {
  /** The first word ("ts"), or "" when there is none. */
  lang: string;
  /** From `path=src/a.ts` (or `path="src/my file.ts"`): the block is that file's whole new text. */
  path: string | null;
}

/**
 * Reads an info string such as "ts path=src/a.ts". The Worker's instructions ask the model
 * to propose a file change as the whole new file in a block so marked; anything else is
 * an ordinary code block.
 */
export function readFenceInfo(info: string): FenceInfo {
  const trimmed = info.trim();
  const match = /(?:^|\s)path=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(trimmed);
  const path = (match?.[1] ?? match?.[2] ?? match?.[3] ?? "").trim().replace(/^\.\//, "");
  const first = trimmed.split(/\s+/)[0] ?? "";
  return { lang: first.startsWith("path=") ? "" : first, path: path || null };
}
