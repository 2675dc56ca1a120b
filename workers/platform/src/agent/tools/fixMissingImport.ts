import type { BuildFix } from "./BuildFix.ts";
import { maskCode } from "./maskCode.ts";
import { reactBindings } from "./reactBindings.ts";
import { readImports, type ImportStatement } from "./readImports.ts";
import { uniqueEdit } from "./uniqueEdit.ts";

/** Chrome's and Firefox's words, then Safari's; the preview console may say "Uncaught " first. */
const NOT_DEFINED =
  /^(?:Uncaught\s+)?ReferenceError:\s*(?:([A-Za-z_$][\w$]*) is not defined|Can't find variable: ([A-Za-z_$][\w$]*))/;
/** A stack frame, `at App (src/App.tsx:4:20)` or `at src/App.tsx:4:20`. */
const FRAME = /^\s*at\s+(?:.*?\s\()?(.+?):\d+:\d+\)?\s*$/;
const SCRIPT = /\.(?:tsx|ts|jsx|js|mjs)$/;

export interface ImportFix {
  fix: BuildFix;
  /** Every name the fix imports: a later error about one of them is already fixed. */
  names: string[];
}

/**
 * A preview runtime error `ReferenceError: useState is not defined`, for a name that is only
 * ever React's (reactBindings), fixed by importing it where it is used: into the file the
 * stack names, else the one file that uses it without a binding for it. Hooks the same file
 * also uses unimported come along, since each would be the next run's error.
 */
export function fixMissingImport(error: string, files: ReadonlyMap<string, string>): ImportFix | null {
  const found = NOT_DEFINED.exec(error);
  const name = found?.[1] ?? found?.[2];
  const binding = name ? reactBindings.get(name) : undefined;
  if (!name || !binding) return null;
  const path = fileToFix(error, name, files);
  const text = path === null ? undefined : files.get(path);
  if (path === null || text === undefined) return null;
  const names = binding.isDefault
    ? [name]
    : [
        name,
        ...[...reactBindings].flatMap(([other, from]) =>
          other !== name && /^use[A-Z]/.test(other) && from.module === binding.module && lacksBinding(text, other)
            ? [other]
            : [],
        ),
      ];
  const edit = importEdit(text, names, binding);
  if (!edit) return null;
  const also = names.length > 1 ? ` (and ${names.slice(1).join(", ")}, also used there without an import)` : "";
  return {
    fix: {
      path,
      edits: [edit],
      reason: `${path} uses ${name} without importing it: it now imports it from "${binding.module}"${also}`,
    },
    names,
  };
}

/** The file the stack names, if it lacks the name; else the one project file that does. */
function fileToFix(error: string, name: string, files: ReadonlyMap<string, string>): string | null {
  const named = error
    .split("\n")
    .slice(1)
    .map((line) =>
      FRAME.exec(line)?.[1]
        ?.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, "")
        .replace(/^\/+/, ""),
    )
    .find((path) => path !== undefined && files.has(path));
  const namedText = named === undefined ? undefined : files.get(named);
  if (named !== undefined && namedText !== undefined && uses(namedText, name)) {
    return lacksBinding(namedText, name) ? named : null;
  }
  const lacking = [...files].filter(([path, text]) => SCRIPT.test(path) && lacksBinding(text, name));
  return lacking.length === 1 ? (lacking[0]?.[0] ?? null) : null;
}

/** The code uses the name (not as a property, `React.useState`) and nothing in it binds it. */
function lacksBinding(text: string, name: string): boolean {
  if (!uses(text, name)) return false;
  if (readImports(text).some((statement) => bindsName(statement, name))) return false;
  const code = maskCode(text, { strings: true });
  const declared = new RegExp(
    `\\b(?:function\\*?|class|const|let|var)\\s+${name}\\b|\\b(?:const|let|var)\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*=`,
  );
  return !declared.test(code);
}

function uses(text: string, name: string): boolean {
  let code = maskCode(text, { strings: true });
  // An import's own names are not uses of them.
  for (const statement of readImports(text)) {
    code = code.slice(0, statement.start) + " ".repeat(statement.end - statement.start) + code.slice(statement.end);
  }
  return new RegExp(`(?<![\\w$.])${name}(?![\\w$])`).test(code);
}

function bindsName(statement: ImportStatement, name: string): boolean {
  if (statement.typeOnly) return false;
  return (
    statement.defaultName === name ||
    statement.namespaceName === name ||
    (statement.named ?? []).some((item) => item.local === name && !item.typeOnly)
  );
}

/**
 * The edit that imports the names: merged into the file's value import of the module when
 * there is one (`import { useEffect } from "react"`, or `import React from "react"`), else a
 * new import line written in the file's quotes and semicolons, before its first import.
 */
function importEdit(text: string, names: string[], binding: { module: string; isDefault: boolean }) {
  const [name = ""] = names;
  const imports = readImports(text);
  const existing = imports.filter((statement) => statement.specifier === binding.module && !statement.typeOnly);
  if (binding.isDefault) {
    const merge = existing.find((statement) => !statement.defaultName && !statement.namespaceName);
    if (merge) {
      const at = afterImport(text, merge);
      return uniqueEdit(text, at, at, `${name}, `);
    }
  } else {
    const withList = existing.find((statement) => statement.named);
    if (withList) return insertIntoList(text, withList, names);
    const withDefault = existing.find((statement) => statement.defaultName && !statement.namespaceName);
    if (withDefault?.defaultName) {
      const end = withDefault.defaultAt + withDefault.defaultName.length;
      return uniqueEdit(text, end, end, `, { ${names.join(", ")} }`);
    }
  }
  const [first] = imports;
  const quote = first?.quote ?? '"';
  const semicolon = first ? (first.semicolon ? ";" : "") : ";";
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const what = binding.isDefault ? name : `{ ${names.join(", ")} }`;
  const line = `import ${what} from ${quote}${binding.module}${quote}${semicolon}${eol}`;
  const at = firstImportLine(text);
  return uniqueEdit(text, at, at, line);
}

/** Where a statement's bindings start: just after `import `. */
function afterImport(text: string, statement: ImportStatement): number {
  return statement.start + (/^import\s+/.exec(text.slice(statement.start))?.[0].length ?? "import ".length);
}

function insertIntoList(text: string, statement: ImportStatement, names: string[]) {
  const inside = text.slice(statement.braceOpen + 1, statement.braceClose);
  if (inside.trim() === "") {
    return uniqueEdit(text, statement.braceOpen + 1, statement.braceClose, ` ${names.join(", ")} `);
  }
  const space = /^\s*/.exec(inside)?.[0] ?? "";
  const at = statement.braceOpen + 1 + space.length;
  // A list written one name a line gets one name a line.
  const added = space.includes("\n") ? names.map((name) => `${name},${space}`).join("") : `${names.join(", ")}, `;
  return uniqueEdit(text, at, at, added);
}

/** The start of the first import line, or of the first line after the directives (`"use client";`). */
function firstImportLine(text: string): number {
  const code = maskCode(text, { strings: false });
  const found = /^[ \t]*import\b/m.exec(code);
  if (found) return found.index;
  return /^(?:\s*(["'])use [\w ]+\1;?[ \t]*\r?\n)*/.exec(text)?.[0].length ?? 0;
}
