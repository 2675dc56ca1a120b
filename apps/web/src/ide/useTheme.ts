import { useSyncExternalStore } from "react";
import { useSetting } from "../local/useSetting.ts";

const dark = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
const subscribe = (onChange: () => void) => {
  dark?.addEventListener("change", onChange);
  return () => dark?.removeEventListener("change", onChange);
};

/** The theme: the person's choice (saved on the device), or the system's when they made none. */
export function useTheme() {
  const [choice, setChoice] = useSetting("theme", "system");
  const systemDark = useSyncExternalStore(subscribe, () => dark?.matches ?? false);
  const resolved: "light" | "dark" = choice === "system" ? (systemDark ? "dark" : "light") : choice;
  return { choice, resolved, set: setChoice, toggle: () => setChoice(resolved === "dark" ? "light" : "dark") };
}
