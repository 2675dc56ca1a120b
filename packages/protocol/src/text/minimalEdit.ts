import type { TextEdit } from "./TextEdit.ts";

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The single edit that turns `from` into `to` (everything between their common prefix
 * and suffix), or null when they are equal. Never splits a surrogate pair, so the range
 * is a valid position in Monaco.
 */
export function minimalEdit(from: string, to: string): TextEdit | null {
  if (from === to) return null;
  const shortest = Math.min(from.length, to.length);
  let prefix = 0;
  while (prefix < shortest && from.charCodeAt(prefix) === to.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(from.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    from.charCodeAt(from.length - 1 - suffix) === to.charCodeAt(to.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(from.charCodeAt(from.length - suffix))) suffix--;
  return { start: prefix, end: from.length - suffix, text: to.slice(prefix, to.length - suffix) };
}
