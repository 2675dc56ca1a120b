/**
 * The theme the app last showed, kept in localStorage for what paints before the saved
 * settings (IndexedDB, through Dexie) can be read: the entry's first paint and the editor
 * shown before the app (openEarlyEditor). The settings stay the record; this is only their echo.
 */
const KEY = "wove:theme";

export function readThemeHint(): "light" | "dark" {
  try {
    const hint = localStorage.getItem(KEY);
    if (hint === "light" || hint === "dark") return hint;
  } catch {
    // Storage blocked (some private modes): the system's choice, as with no choice saved.
  }
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/**
 * Puts `theme` on the document and remembers it. The colours are `light-dark()` values of
 * custom properties declared on `:root`, which follow the root's `color-scheme`: a
 * `color-scheme` on an inner element (the IDE's, before) left its chrome in the system's
 * colours while only the editor, which reads no variable, changed (tried in Chromium).
 */
export function showTheme(theme: "light" | "dark"): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Only a hint: without it the first paint uses the system's theme.
  }
}

/** Shows the remembered theme at once, before the saved settings are read (the entry calls it). */
export function showThemeHint(): void {
  try {
    const hint = localStorage.getItem(KEY);
    if (hint === "light" || hint === "dark") document.documentElement.dataset.theme = hint;
  } catch {
    // Storage blocked: the system's theme until the settings are read.
  }
}
