import { ideShortcuts } from "../ide/ideShortcuts.ts";
import { matchesShortcut, type Shortcut } from "../ide/shortcut.ts";

/** A keydown as KeyHold reads it. */
export type KeyPress = Pick<
  KeyboardEvent,
  "key" | "code" | "keyCode" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey" | "isComposing"
>;

/**
 * The keybindings of Monaco's editor features (editor/monaco.ts: find, comments, line
 * operations, folding, suggestions, formatting) that someone may press in the first moments,
 * before those features are in; the core (typing, moving, deleting, undo, the clipboard,
 * select all) needs none of them. `mod` is Cmd on Apple platforms and Ctrl elsewhere.
 */
const MONACO_FEATURE_CHORDS: readonly Shortcut[] = [
  { key: "f", mod: true }, // find
  { key: "h", mod: true }, // replace
  { key: "g", mod: true }, // go to line (Ctrl+G), find next (Cmd+G)
  { key: "d", mod: true }, // add the next match to the selection
  { key: "l", mod: true }, // select the line
  { key: "l", mod: true, shift: true }, // select every occurrence
  { key: "/", mod: true }, // comment the line
  { key: "a", alt: true, shift: true }, // comment the block
  { key: "k", mod: true }, // the start of Ctrl+K chords (Ctrl+K Ctrl+C...)
  { key: "k", mod: true, shift: true }, // delete the line
  { key: "]", mod: true }, // indent
  { key: "[", mod: true }, // outdent
  { key: "[", mod: true, shift: true }, // fold
  { key: "]", mod: true, shift: true }, // unfold
  { key: "\\", mod: true, shift: true }, // go to the matching bracket
  { key: " ", mod: true }, // suggest
  { key: " ", mod: true, shift: true }, // parameter hints
  { key: ".", mod: true }, // quick fix
  { key: "f", alt: true, shift: true }, // format the document
  { key: "Enter", mod: true }, // insert a line below
  { key: "Enter", mod: true, shift: true }, // insert a line above
  { key: "ArrowUp", alt: true }, // move the line up
  { key: "ArrowDown", alt: true }, // move the line down
  { key: "ArrowUp", alt: true, shift: true }, // copy the line up
  { key: "ArrowDown", alt: true, shift: true }, // copy the line down
];

/** What the editor's features and the IDE around it answer (the IDE's replayed once it listens). */
const FEATURE_CHORDS: readonly Shortcut[] = [...MONACO_FEATURE_CHORDS, ...Object.values(ideShortcuts)];

/**
 * Whether a keydown is a chord that only the editor's features (or the IDE) answer, so it
 * must wait for them: one of FEATURE_CHORDS, or a function key (F1 commands, F2 rename,
 * F3 find next, F8 problems, F12 definition). Nothing else: a chord held by mistake is a
 * key lost, since a replayed keydown inserts no text. AltGr (which Windows reports as
 * Ctrl+Alt) typing a character, and keys that are part of an IME composition, are text.
 */
export function isFeatureChord(event: KeyPress, apple: boolean): boolean {
  if (isComposition(event) || typesCharacter(event, apple)) return false;
  if (/^F\d{1,2}$/.test(event.key)) return true;
  return FEATURE_CHORDS.some((chord) => matchesShortcut(event, chord, apple));
}

/** A keydown that belongs to an IME composition: the input method, not the key, says what is typed. */
export function isComposition(event: Pick<KeyPress, "isComposing" | "keyCode" | "key">): boolean {
  return event.isComposing || event.keyCode === 229 || event.key === "Process";
}

/**
 * Whether the browser would insert `key` as text for this keydown: a character with no
 * modifier but Shift, Option on Apple platforms (Option+L is `@` on a German Mac), or
 * AltGr elsewhere, which comes as Ctrl+Alt with the layout's character as the key (AltGr+Q
 * is `@` on a German keyboard), unlike a Ctrl+Alt chord, whose key is the key's own letter.
 */
export function typesCharacter(
  event: Pick<KeyPress, "key" | "code" | "ctrlKey" | "metaKey" | "altKey">,
  apple: boolean,
): boolean {
  if ([...event.key].length !== 1) return false;
  if (apple) return !event.metaKey && !event.ctrlKey;
  if (event.metaKey) return false;
  if (event.ctrlKey && event.altKey) return event.key.toLowerCase() !== ownCharacter(event.code);
  return !event.ctrlKey && !event.altKey;
}

/** The character a key's code names when it is a letter or digit ("KeyQ" → "q", "Digit7" → "7"). */
function ownCharacter(code: string): string | undefined {
  const match = /^(?:Key|Digit)(.)$/.exec(code);
  return match?.[1]?.toLowerCase();
}
