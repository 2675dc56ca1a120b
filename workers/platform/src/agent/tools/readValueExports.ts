import { maskCode } from "./maskCode.ts";

/**
 * The names a module exports as values, or null when its exports cannot be told from its
 * text: a default export, `export *` from another module, CommonJS `exports`, a
 * destructured `export const {a, b}`. Type-only exports (`export type`, `export interface`,
 * `export { type T }`) are left out: they are gone by the time the bundle runs.
 */
export function readValueExports(text: string): string[] | null {
  const code = maskCode(text, { strings: true });
  if (/\bexport\s+default\b|\bexport\s*\*\s*from\b|\bmodule\.exports\b|\bexports\.[\w$]+\s*=/.test(code)) return null;
  if (/\bexport\s+(?:const|let|var)\s*[{[]/.test(code)) return null;
  const names = new Set<string>();
  const declarations =
    /\bexport\s+(?:declare\s+)?(?:(?:async\s+)?function\s*\*?\s*|(?:abstract\s+)?class\s+|(?:const\s+)?enum\s+|(?:const|let|var)\s+(?!enum\b))([A-Za-z_$][\w$]*)/g;
  for (const [, name] of code.matchAll(declarations)) if (name) names.add(name);
  for (const [, name] of code.matchAll(/\bexport\s*\*\s*as\s+([A-Za-z_$][\w$]*)/g)) if (name) names.add(name);
  for (const [, list = ""] of code.matchAll(/\bexport\s*\{([^}]*)\}/g)) {
    for (const part of list.split(",").map((item) => item.trim())) {
      const found = /^(type\s+)?[\w$]+(?:\s+as\s+([\w$]+))?$/.exec(part);
      if (!found || found[1]) continue;
      const exported = found[2] ?? part;
      if (exported === "default") return null;
      // `export { Props }` of a local `type Props` or `interface Props` is a type too.
      const local = part.split(/\s+as\s+/)[0] ?? part;
      if (new RegExp(`\\b(?:type|interface)\\s+${escapeName(local)}\\b`).test(code)) continue;
      names.add(exported);
    }
  }
  return [...names];
}

function escapeName(name: string): string {
  return name.replace(/\$/g, "\\$");
}
