import { filterCommands } from "./filterCommands.ts";
import { Palette } from "./Palette.tsx";
import { formatShortcut, isApple } from "./shortcut.ts";
import type { Command } from "./useCommands.ts";
import { useOverlayStore } from "./useOverlayStore.ts";

/** Ctrl/Cmd+Shift+P: every command, with its shortcut shown. */
export function CommandPalette({ commands }: { commands: Command[] }) {
  const setOverlay = useOverlayStore((s) => s.setOverlay);
  const apple = isApple(navigator.platform);
  const available = commands.filter((c) => c.enabled !== false);
  return (
    <Palette
      title="Commands"
      placeholder="Type a command"
      filter={(query) => filterCommands(available, query)}
      itemKey={(c) => c.id}
      renderItem={(c) => (
        <>
          <span>{c.title}</span>
          {c.shortcut && <kbd className="palette__shortcut">{formatShortcut(c.shortcut, apple)}</kbd>}
        </>
      )}
      onPick={(c) => c.run()}
      onClose={() => setOverlay(null)}
      empty="No command matches."
    />
  );
}
