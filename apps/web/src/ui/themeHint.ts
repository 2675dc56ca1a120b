/**
 * The theme the IDE last showed, kept in localStorage for what paints before the saved
 * settings (IndexedDB, through Dexie) can be read: the editor shown before the app
 * (openEarlyEditor). The settings stay the record; this is only their echo.
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

export function writeThemeHint(theme: "light" | "dark"): void {
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Only a hint: without it the early editor uses the system's theme.
  }
}
