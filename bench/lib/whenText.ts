import { textOf } from "@wove/protocol";
import type * as Y from "yjs";

/** Resolves once the file `fileId` in `doc` holds exactly `expected` (checked after every update). */
export function whenText(doc: Y.Doc, fileId: string, expected: string): Promise<void> {
  // Length first: comparing a 100k-character text on every update would dominate a join's time.
  const matches = () => {
    const text = textOf(doc, fileId);
    return text?.length === expected.length && text.toString() === expected;
  };
  return new Promise((resolve) => {
    if (matches()) return resolve();
    const check = () => {
      if (!matches()) return;
      doc.off("update", check);
      resolve();
    };
    doc.on("update", check);
  });
}
