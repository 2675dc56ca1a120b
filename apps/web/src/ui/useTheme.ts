import { useEffect, useSyncExternalStore } from "react";
import { useSetting } from "../local/useSetting.ts";
import { showTheme } from "./themeHint.ts";

const dark = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
const subscribe = (onChange: () => void) => {
  dark?.addEventListener("change", onChange);
  return () => dark?.removeEventListener("change", onChange);
};

/** The theme: the person's choice (saved on the device), or the system's when they made none. */
export function useTheme() {
  const [choice, setChoice, loaded] = useSetting("theme", "system");
  const systemDark = useSyncExternalStore(subscribe, () => dark?.matches ?? false);
  const resolved: "light" | "dark" = choice === "system" ? (systemDark ? "dark" : "light") : choice;
  return { choice, resolved, loaded, set: setChoice, toggle: () => setChoice(resolved === "dark" ? "light" : "dark") };
}

/**
 * Shows the theme on the whole document (every page, the IDE's chrome, its dialogs and
 * overlays), following the system's choice until the person picks one. Mounted once, at
 * the app's root.
 */
export function useDocumentTheme(): void {
  const { resolved, loaded } = useTheme();
  // Not before the saved choice is read: the default would flash for a moment (the entry
  // showed the last theme already, from the hint).
  useEffect(() => {
    if (loaded) showTheme(resolved);
  }, [loaded, resolved]);
}
