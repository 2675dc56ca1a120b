import type { Shortcut } from "../ide/shortcut.ts";

/** Alt+Shift+D: Alt+D alone is the browser's address bar in Chromium on Linux and Windows. */
export const deployShortcut: Shortcut = { key: "d", alt: true, shift: true };
