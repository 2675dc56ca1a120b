import { editorActions } from "./editorActions.ts";
import type { Shortcut } from "./shortcut.ts";

/**
 * Every IDE shortcut, defined once: the commands (useCommands) bind them, and the places
 * that show them (the empty editor's hints, the deploy button's title) read them here.
 */
export const ideShortcuts = {
  quickOpen: { key: "p", mod: true },
  commands: { key: "p", mod: true, shift: true },
  search: { key: "f", mod: true, shift: true },
  find: editorActions.find.shortcut,
  replace: editorActions.replace.shortcut,
  newFile: { key: "n", alt: true },
  newFolder: { key: "n", alt: true, shift: true },
  closeTab: { key: "w", alt: true },
  nextTab: { key: "]", alt: true },
  previousTab: { key: "[", alt: true },
  toggleExplorer: { key: "b", mod: true },
  togglePanel: { key: "b", mod: true, alt: true },
  askAi: { key: "a", alt: true },
  preview: { key: "v", alt: true },
  /** Alt+Shift+D: Alt+D alone is the browser's address bar in Chromium on Linux and Windows. */
  deploy: { key: "d", alt: true, shift: true },
} as const satisfies Record<string, Shortcut>;
