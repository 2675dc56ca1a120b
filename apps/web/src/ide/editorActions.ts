import type { Shortcut } from "./shortcut.ts";

/**
 * The Monaco actions the IDE runs in the editor from outside it, with their shortcuts: the
 * command palette's (useCommands) and, before the IDE listens, the early editor's
 * (boot/routeEarlyShortcuts). `edits`: not for a viewer.
 */
export const editorActions = {
  find: { shortcut: { key: "f", mod: true }, action: "actions.find", edits: false },
  replace: { shortcut: { key: "h", mod: true }, action: "editor.action.startFindReplaceAction", edits: true },
} as const satisfies Record<string, { shortcut: Shortcut; action: string; edits: boolean }>;
