import { maskCode } from "./maskCode.ts";

/** One `import ... from "..."` statement of a module, with the offsets an edit of it needs. */
export interface ImportStatement {
  /** Offsets of the statement in the text, from `import` to after its semicolon if any. */
  start: number;
  end: number;
  /** `import type ...`: it binds nothing at run time. */
  typeOnly: boolean;
  defaultName: string | null;
  /** Offset of the default name. */
  defaultAt: number;
  namespaceName: string | null;
  /** The `{ ... }` list, absent when the statement has none. */
  named: { imported: string; local: string; typeOnly: boolean }[] | null;
  /** Offsets of the list's `{` and `}`. */
  braceOpen: number;
  braceClose: number;
  specifier: string;
  quote: string;
  semicolon: boolean;
}

const IMPORT =
  /^[ \t]*import\s+(type\s+)?(?:([A-Za-z_$][\w$]*)\s*,?\s*)?(?:\*\s*as\s+([A-Za-z_$][\w$]*)\s*)?(\{[^}]*\}\s*)?from\s*(["'])([^"'\n]+)\5[ \t]*(;?)/gm;

/**
 * The module's static imports that bind names (side-effect imports, `import "./x.css"`, bind
 * none and are not listed). Comments are masked first, so an import in a comment is not one.
 */
export function readImports(text: string): ImportStatement[] {
  const statements: ImportStatement[] = [];
  for (const match of maskCode(text, { strings: false }).matchAll(IMPORT)) {
    const [whole, type, defaultName, namespaceName, braces, quote = '"', specifier = "", semicolon] = match;
    if (!defaultName && !namespaceName && !braces) continue;
    const start = match.index + whole.search(/\S/);
    const braceOpen = braces ? match.index + whole.indexOf("{") : -1;
    statements.push({
      start,
      end: match.index + whole.length,
      typeOnly: Boolean(type),
      defaultName: defaultName ?? null,
      // The default name comes straight after `import` (and `type`).
      defaultAt: defaultName
        ? start + (/^import\s+(type\s+)?/.exec(whole.slice(start - match.index))?.[0].length ?? 0)
        : -1,
      namespaceName: namespaceName ?? null,
      named: braces ? readNamed(braces) : null,
      braceOpen,
      braceClose: braces ? braceOpen + braces.indexOf("}") : -1,
      specifier,
      quote,
      semicolon: semicolon === ";",
    });
  }
  return statements;
}

function readNamed(braces: string): { imported: string; local: string; typeOnly: boolean }[] {
  return braces
    .slice(1, braces.indexOf("}"))
    .split(",")
    .map((part) => part.trim())
    .flatMap((part) => {
      const found = /^(type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(part);
      if (!found?.[2]) return [];
      return [{ imported: found[2], local: found[3] ?? found[2], typeOnly: Boolean(found[1]) }];
    });
}
