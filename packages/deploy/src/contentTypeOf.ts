import { lookup } from "mrmime";

/** Types a browser must be told the charset of, or it may guess wrong. */
const TEXTUAL = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/** The Content-Type a site serves `path` with, from its extension. */
export function contentTypeOf(path: string): string {
  const extension = path.slice(path.lastIndexOf(".") + 1);
  const type = (path.includes(".") && lookup(extension)) || "application/octet-stream";
  return TEXTUAL.test(type) ? `${type}; charset=utf-8` : type;
}

/** Worth compressing on the way out: text-like, not already compressed formats. */
export function isCompressible(type: string): boolean {
  return TEXTUAL.test(type) || type.startsWith("application/wasm");
}
