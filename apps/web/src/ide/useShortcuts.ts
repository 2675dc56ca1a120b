import { useEffect, useEffectEvent } from "react";
import { isApple, matchesShortcut } from "./shortcut.ts";
import type { Command } from "./useCommands.ts";

/**
 * Runs a command when its shortcut is pressed anywhere in the IDE. Listens in the capture
 * phase so the browser's own Ctrl+P (print) and the editor do not get there first; Find
 * (Ctrl+F) is left to the editor when it has focus, which does it in place.
 */
export function useShortcuts(commands: Command[], paused: boolean): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (paused) return;
    const apple = isApple(navigator.platform);
    for (const command of commands) {
      if (!command.shortcut || command.enabled === false) continue;
      if (!matchesShortcut(event, command.shortcut, apple)) continue;
      const inEditor = event.target instanceof Element && event.target.closest(".monaco-editor");
      if (inEditor && (command.id === "find" || command.id === "replace")) return;
      event.preventDefault();
      event.stopPropagation();
      command.run();
      return;
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener("keydown", listener, { capture: true });
    return () => window.removeEventListener("keydown", listener, { capture: true });
  }, []);
}
