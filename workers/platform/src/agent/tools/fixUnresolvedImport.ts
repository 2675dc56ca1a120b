import type { BuildFix } from "./BuildFix.ts";
import { occurrencesOf } from "./occurrencesOf.ts";
import { offsetOf } from "./offsetOf.ts";
import { readBuildError } from "./readBuildError.ts";
import { uniqueEdit } from "./uniqueEdit.ts";

/** How esbuild, the deploy bundler and the preview bundler each say an import found no file. */
const UNRESOLVED = /^(?:Could not resolve|Cannot find|Could not find) "([^"]+)"/;
/** Longest first, so `.mjs` is not taken for `.js` nor `.tsx` for `.ts`. */
const SCRIPT_EXTENSIONS = [".tsx", ".ts", ".jsx", ".mjs", ".js"];
/** What both bundlers try after an import written without its extension, or as a folder. */
const PROBES = [
  "",
  ".tsx",
  ".ts",
  ".jsx",
  ".js",
  ".mjs",
  ".json",
  ".css",
  "/index.tsx",
  "/index.ts",
  "/index.jsx",
  "/index.js",
];

/**
 * A relative import that names a file wrongly where one file of that folder is plainly the
 * one meant: `./App.js` for App.tsx (our bundlers, unlike esbuild on disk, do not map `.js`
 * to `.ts`), `./app` for App.tsx (the project's paths are case-sensitive). Only a unique
 * candidate in the folder the import names is taken; a file elsewhere is a guess.
 */
export function fixUnresolvedImport(error: string, files: ReadonlyMap<string, string>): BuildFix | null {
  const where = readBuildError(error);
  if (!where) return null;
  const specifier = UNRESOLVED.exec(where.text)?.[1];
  const text = files.get(where.file);
  if (!specifier || text === undefined || !/^\.{0,2}\//.test(specifier)) return null;
  const wanted = resolve(where.file, specifier);
  if (wanted === null) return null;
  // A file the bundlers would have found means the error is about something else.
  if (PROBES.some((probe) => files.has(wanted + probe))) return null;
  const folder = wanted.slice(0, wanted.lastIndexOf("/") + 1);
  const name = wanted.slice(folder.length);
  const extension = extensionOf(name);
  const stem = (extension ? name.slice(0, -extension.length) : name).toLowerCase();
  const candidates = [...files.keys()].filter((path) => {
    const other = path.slice(folder.length);
    const otherExtension = extensionOf(other);
    return (
      path.startsWith(folder) &&
      !other.includes("/") &&
      otherExtension !== null &&
      other.slice(0, -otherExtension.length).toLowerCase() === stem
    );
  });
  const [file] = candidates;
  if (candidates.length !== 1 || !file) return null;
  const fileName = file.slice(folder.length);
  // Keep the import's style: with an extension if it had one, without if not.
  const replacement =
    specifier.slice(0, specifier.lastIndexOf("/") + 1) +
    (extension ? fileName : fileName.slice(0, -(extensionOf(fileName) ?? "").length));
  if (replacement === specifier) return null;
  const at = locate(text, specifier, offsetOf(text, where.line, where.column));
  const edit = at === null ? null : uniqueEdit(text, at, at + specifier.length, replacement);
  if (!edit) return null;
  return {
    path: where.file,
    edits: [edit],
    reason: `${where.file} imports "${specifier}", which is not a file; ${file} is: it now imports "${replacement}"`,
  };
}

function extensionOf(name: string): string | null {
  return SCRIPT_EXTENSIONS.find((extension) => name.endsWith(extension) && name.length > extension.length) ?? null;
}

/** The project path an import names, from its importer (or the root for `/x`); null above the root. */
function resolve(importer: string, specifier: string): string | null {
  const base = specifier.startsWith("/") ? [] : importer.split("/").slice(0, -1);
  for (const segment of specifier.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment !== "..") base.push(segment);
    else if (base.pop() === undefined) return null;
  }
  return base.join("/");
}

/**
 * Where the specifier's text starts: at the error's column, which esbuild puts on its
 * opening quote; else its one quoted occurrence in the file (the file may have changed
 * since the build).
 */
function locate(text: string, specifier: string, column: number | null): number | null {
  if (column !== null) {
    const quote = text[column];
    if ((quote === '"' || quote === "'") && text.startsWith(specifier + quote, column + 1)) return column + 1;
  }
  const found = [`"${specifier}"`, `'${specifier}'`].flatMap((quoted) => occurrencesOf(text, quoted, 2));
  return found.length === 1 ? (found[0] ?? 0) + 1 : null;
}
