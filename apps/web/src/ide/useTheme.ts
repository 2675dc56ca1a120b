import { useEffect, useSyncExternalStore } from "react";
import { useSetting } from "../local/useSetting.ts";
import { writeThemeHint } from "../ui/themeHint.ts";

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
  // Not before the saved choice is read: the default would echo for a moment.
  useEffect(() => {
    if (loaded) writeThemeHint(resolved);
  }, [loaded, resolved]);
  return { choice, resolved, set: setChoice, toggle: () => setChoice(resolved === "dark" ? "light" : "dark") };
}
