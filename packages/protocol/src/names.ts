/**
 * Names people give things (projects, teams, keys, their own display name) are shown to
 * others, in the IDE, on profiles and in email subjects. Characters that cannot be seen
 * but change what is shown are refused: C0/C1 controls (a NUL, a newline that forges a
 * second line of an email), bidi embeddings, overrides and isolates (an RTL override that
 * shows "exe.txt" for "txt.exe"), invisible marks and zero-width spaces (two names that
 * look the same). Zero-width joiners and non-joiners stay: scripts and emoji need them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** Line breaks and tabs, which a description (several lines) may hold and a name may not. */
const LAYOUT = new Set(["\n", "\r", "\t"]);

/**
 * Why `name` cannot be a name, or null when it can. `multiline` is for descriptions and
 * bios, which may hold line breaks and tabs but none of the rest.
 */
export function nameProblem(name: string, { multiline = false }: { multiline?: boolean } = {}): string | null {
  const all = new RegExp(INVISIBLE.source, "gu");
  const found = [...name.matchAll(all)].find((match) => !(multiline && LAYOUT.has(match[0])));
  if (!found) return null;
  const code = (found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  const what = multiline ? "This text" : "Names";
  return `${what} cannot contain invisible or control characters (found U+${code} at position ${found.index + 1})`;
}

/** `text` with every such character removed: for names written before this rule, in emails. */
export function withoutInvisible(text: string): string {
  return text.replace(new RegExp(INVISIBLE.source, "gu"), "");
}
