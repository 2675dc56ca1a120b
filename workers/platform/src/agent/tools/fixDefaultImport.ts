import type { BuildFix } from "./BuildFix.ts";
import { offsetOf } from "./offsetOf.ts";
import { readBuildError } from "./readBuildError.ts";
import { readImports } from "./readImports.ts";
import { readValueExports } from "./readValueExports.ts";
import { uniqueEdit } from "./uniqueEdit.ts";

/** esbuild's words; the path is in the project's namespace when our bundlers loaded it. */
const NO_DEFAULT = /^No matching export in "(?:project:)?([^"]+)" for import "default"/;

/**
 * A default import of a module that has no default export but exactly one named one: the
 * import is of that one (`import Button from "./Button"` when Button.tsx has
 * `export function Button`), and it is rewritten to import it by name under the same local
 * name. esbuild only reports this from JavaScript importers; a TypeScript importer could be
 * importing a type, so it says nothing there.
 */
export function fixDefaultImport(error: string, files: ReadonlyMap<string, string>): BuildFix | null {
  const where = readBuildError(error);
  const target = where && NO_DEFAULT.exec(where.text)?.[1];
  if (!where || !target) return null;
  const text = files.get(where.file);
  const targetText = files.get(target);
  if (text === undefined || targetText === undefined) return null;
  const exports = readValueExports(targetText);
  const [name] = exports ?? [];
  if (!name || exports?.length !== 1) return null;
  const at = offsetOf(text, where.line, where.column);
  const statement = readImports(text).find(
    (candidate) => at !== null && candidate.start <= at && at < candidate.end && candidate.defaultName,
  );
  const local = statement?.defaultName;
  if (!statement || !local || statement.typeOnly || statement.namespaceName) return null;
  // The named list may already bind the name the rewrite would.
  if (statement.named?.some((item) => item.local === local || item.local === name)) return null;
  const binding = name === local ? name : `${name} as ${local}`;
  const edit = statement.named
    ? uniqueEdit(text, statement.defaultAt, statement.braceOpen + 1, `{ ${binding},`)
    : uniqueEdit(text, statement.defaultAt, statement.defaultAt + local.length, `{ ${binding} }`);
  if (!edit) return null;
  return {
    path: where.file,
    edits: [edit],
    reason: `${target} has no default export, and its one export is ${name}: ${where.file} now imports it by name`,
  };
}
