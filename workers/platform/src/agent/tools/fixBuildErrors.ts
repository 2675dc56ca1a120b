import { applyEdits } from "./applyEdits.ts";
import type { BuildFix } from "./BuildFix.ts";
import { fixDefaultImport } from "./fixDefaultImport.ts";
import { fixMissingImport } from "./fixMissingImport.ts";
import { fixUnresolvedImport } from "./fixUnresolvedImport.ts";

export interface BuildFixes {
  /** In order: each one's edits match the file as the fixes before it left it. */
  fixes: BuildFix[];
  /** The errors no fix applies to, for the model, in the order they came. */
  unfixed: string[];
}

/**
 * Cheap, deterministic fixes for the build and preview errors a model makes most, applied
 * before the errors go to it (as VibeSDK and v0 do): a wrongly written import path, a
 * default import of a module with one named export, a React name used without its import.
 * Each is made only when exactly one fix is plausible; anything less certain is the model's
 * to decide. `errors` are bundleModule's lines (`path:line:column: text\n    line`) or
 * preview runtime errors (`ReferenceError: useState is not defined\n    at App (...)`).
 */
export function fixBuildErrors(errors: readonly string[], files: ReadonlyMap<string, string>): BuildFixes {
  const current = new Map(files);
  const fixes: BuildFix[] = [];
  const unfixed: string[] = [];
  const imported = new Set<string>();
  // A bundle reports one error once; a preview may report the same runtime error on every render.
  for (const error of new Set(errors)) {
    const found = fixUnresolvedImport(error, current) ?? fixDefaultImport(error, current);
    const missing = found ? null : fixMissingImport(error, current);
    const fix = found ?? missing?.fix;
    const text = fix && current.get(fix.path);
    const applied = fix && text !== undefined ? applyEdits(text, fix.edits) : null;
    if (fix && applied?.ok) {
      current.set(fix.path, applied.text);
      fixes.push(fix);
      for (const name of missing?.names ?? []) imported.add(name);
    } else if (!alreadyImported(error, imported)) {
      unfixed.push(error);
    }
  }
  return { fixes, unfixed };
}

/** A ReferenceError for a name an earlier fix of this batch imported along with another. */
function alreadyImported(error: string, imported: ReadonlySet<string>): boolean {
  const name = /ReferenceError:\s*(?:([\w$]+) is not defined|Can't find variable: ([\w$]+))/.exec(error);
  const which = name?.[1] ?? name?.[2];
  return which !== undefined && imported.has(which);
}
