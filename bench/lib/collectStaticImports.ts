import { posix } from "node:path";

/**
 * Static `import … from "x"`, `import "x"` and `export … from "x"` specifiers in an ES
 * module as bundlers emit it (minified or not), in order. `import("x")` is left out: a
 * dynamic import loads later, on demand, so it is not on the importing chunk's critical path.
 *
 * A scan, not a parse: the text of a string literal that happens to read like an import
 * would count too, so callers only follow specifiers that name a chunk that exists.
 */
export function findStaticImports(code: string): string[] {
  const specifiers: string[] = [];
  const statement = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\r\n]+)\1/g;
  for (const match of code.matchAll(statement)) {
    const specifier = match[2];
    if (specifier) specifiers.push(specifier);
  }
  return specifiers;
}

/**
 * The chunks that must load before any of `entries` runs: the entries and everything
 * they reach through static imports, breadth first. Names are paths relative to the
 * build's assets folder (`index-abc.js`); relative specifiers are resolved against the
 * importing chunk, and anything `readChunk` does not know (a bare package name, a URL) is
 * not followed.
 */
export function collectStaticImports(
  entries: readonly string[],
  readChunk: (name: string) => string | undefined,
): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    const code = readChunk(next);
    if (code === undefined) continue;
    seen.add(next);
    for (const specifier of findStaticImports(code)) {
      if (!specifier.startsWith("./") && !specifier.startsWith("../")) continue;
      queue.push(posix.normalize(posix.join(posix.dirname(next), specifier)));
    }
  }
  return [...seen];
}
