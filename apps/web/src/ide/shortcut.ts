/** A key chord. `mod` is Cmd on Apple platforms and Ctrl elsewhere. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export const isApple = (platform: string): boolean => /mac|iphone|ipad|ipod/i.test(platform);

/** How a shortcut reads on this platform: "⌘⇧P" on a Mac, "Ctrl+Shift+P" elsewhere. */
export function formatShortcut(shortcut: Shortcut, apple: boolean): string {
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  if (apple) return `${shortcut.mod ? "⌘" : ""}${shortcut.alt ? "⌥" : ""}${shortcut.shift ? "⇧" : ""}${key}`;
  return [shortcut.mod && "Ctrl", shortcut.alt && "Alt", shortcut.shift && "Shift", key].filter(Boolean).join("+");
}

/** Whether a keydown is this shortcut, exactly (no extra modifiers). */
export function matchesShortcut(
  event: Pick<KeyboardEvent, "key" | "code" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">,
  shortcut: Shortcut,
  apple: boolean,
): boolean {
  const mod = apple ? event.metaKey : event.ctrlKey;
  const otherMod = apple ? event.ctrlKey : event.metaKey;
  if (mod !== Boolean(shortcut.mod) || otherMod) return false;
  if (event.shiftKey !== Boolean(shortcut.shift) || event.altKey !== Boolean(shortcut.alt)) return false;
  // With Alt or Shift held, `key` may be another character ("π", "P"): compare the physical key too.
  const code = /^Key[A-Z]$/.test(event.code) ? event.code.slice(3) : event.code;
  return event.key.toLowerCase() === shortcut.key.toLowerCase() || code.toLowerCase() === shortcut.key.toLowerCase();
}
