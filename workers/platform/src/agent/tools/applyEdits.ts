import { explainNoMatch } from "./explainNoMatch.ts";
import { lineNumberAt } from "./lineNumberAt.ts";
import { occurrencesOf } from "./occurrencesOf.ts";

export interface Edit {
  find: string;
  replace: string;
}

export type AppliedEdits = { ok: true; text: string; changes: number } | { ok: false; error: string };

/** How many of an ambiguous find's lines are listed; more says nothing the first ones do not. */
const LISTED_MATCHES = 10;

/**
 * Applies edit_file's edits: in order, each to the text as the edits before it left it,
 * each `find` matching exactly once. All or nothing: when one edit cannot apply, the text
 * is left as it was and the error, which the model reads, names that edit and helps it
 * write a find that will match. `changes` counts the edits that changed the text (a find
 * replaced by itself does not).
 */
export function applyEdits(text: string, edits: readonly Edit[]): AppliedEdits {
  let current = text;
  let changes = 0;
  for (const [index, edit] of edits.entries()) {
    const which = `edit ${index + 1} of ${edits.length}`;
    // Line numbers and text past the first edit are those of the file as the earlier edits left it.
    const where = index ? ` (in the file as edit${index > 1 ? `s 1-${index}` : " 1"} left it)` : "";
    const retry =
      edits.length > 1
        ? `No edit was applied: correct this one and send all ${edits.length} again.`
        : "The file was not changed: correct the edit and send it again.";
    if (edit.find === "") return fail(`${which}: find is empty: give the exact text to replace. ${retry}`);
    const matches = occurrencesOf(current, edit.find, LISTED_MATCHES + 1);
    if (matches.length === 0) {
      return fail(`${which}: find matched 0 times${where}. ${explainNoMatch(current, edit.find)}\n${retry}`);
    }
    if (matches.length > 1) {
      const lines = matches.slice(0, LISTED_MATCHES).map((at) => lineNumberAt(current, at));
      const more = matches.length > LISTED_MATCHES ? " and more" : "";
      return fail(
        `${which}: find matched ${matches.length > LISTED_MATCHES ? `over ${LISTED_MATCHES}` : matches.length} times${where}, ` +
          `at lines ${lines.join(", ")}${more}: add surrounding lines to make it unique. ${retry}`,
      );
    }
    const at = matches[0] ?? 0;
    if (edit.replace !== edit.find) changes++;
    current = current.slice(0, at) + edit.replace + current.slice(at + edit.find.length);
  }
  return { ok: true, text: current, changes };
}

function fail(error: string): AppliedEdits {
  return { ok: false, error };
}
