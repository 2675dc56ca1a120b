import { createFile, findFile, replaceText, textOf } from "@wove/protocol";
import type * as Y from "yjs";

/**
 * Writes text files in one transaction whose origin names the collaborator (imports,
 * templates, agents, the deploy's lockfile): an existing file changes only where it
 * differs (SPEC D13), so someone typing in it meanwhile keeps their text; a new path is
 * created.
 */
export function writeFilesAs(
  doc: Y.Doc,
  files: ReadonlyArray<{ path: string; text: string }>,
  author: string,
): { written: number; errors: string[] } {
  const errors: string[] = [];
  let written = 0;
  doc.transact(
    () => {
      for (const { path, text } of files) {
        const existing = findFile(doc, path);
        const target = existing ? textOf(doc, existing) : undefined;
        if (target) {
          replaceText(target, text);
          written++;
          continue;
        }
        const created = createFile(doc, { path, text });
        if (created.ok) written++;
        else errors.push(`${path}: ${created.error}`);
      }
    },
    { author },
  );
  return { written, errors };
}
