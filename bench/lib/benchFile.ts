import { createFile, filesOf, textOf } from "@wove/protocol";
import type * as Y from "yjs";

/**
 * The file every room benchmark types into: a real project file (packages/protocol SPEC
 * D1), so our room does for each change what it does for a keystroke in the editor,
 * including noting the file for the debounced export. The reference just stores it.
 */
export const BENCH_FILE = { id: "bench0000000000f", path: "src/main.ts" } as const;

export function createBenchFile(doc: Y.Doc, text = ""): Y.Text {
  const created = createFile(doc, { ...BENCH_FILE, text });
  if (!created.ok) throw new Error(`cannot create ${BENCH_FILE.path}: ${created.error}`);
  return benchText(doc);
}

/** The bench file's text, once the document has it. */
export function waitForBenchFile(doc: Y.Doc): Promise<Y.Text> {
  return new Promise((resolve) => {
    const text = textOf(doc, BENCH_FILE.id);
    if (text) return resolve(text);
    const files = filesOf(doc);
    const check = () => {
      const found = textOf(doc, BENCH_FILE.id);
      if (!found) return;
      files.unobserveDeep(check);
      resolve(found);
    };
    files.observeDeep(check);
  });
}

function benchText(doc: Y.Doc): Y.Text {
  const text = textOf(doc, BENCH_FILE.id);
  if (!text) throw new Error(`${BENCH_FILE.path} has no text`);
  return text;
}
