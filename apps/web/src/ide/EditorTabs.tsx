import { Avatar } from "./Avatar.tsx";
import type { FilesView } from "./useFiles.ts";
import { openFile } from "./openFile.ts";
import { useTabsStore } from "./useTabsStore.ts";
import type { Collaborator } from "./usePresence.ts";
import { baseName, parentOf } from "./fileActions.ts";

/** The open files. Two tabs with one name show their folders too. */
export function EditorTabs({ files, people }: { files: FilesView; people: Collaborator[] }) {
  const tabs = useTabsStore((s) => s.tabs);
  const active = useTabsStore((s) => s.active);
  const close = useTabsStore((s) => s.close);
  if (!tabs.length) return null;
  const names = tabs.map((id) => baseName(files.paths.get(id) ?? ""));
  return (
    <div role="tablist" aria-label="Open files" className="tabs-bar">
      {tabs.map((id, i) => {
        const path = files.paths.get(id) ?? "";
        const name = names[i] ?? "";
        const twin = names.filter((n) => n === name).length > 1;
        const here = people.filter((p) => !p.self && p.fileId === id);
        return (
          <div
            key={id}
            className={`tab${id === active ? " tab--active" : ""}`}
            onAuxClick={(e) => e.button === 1 && close(id)}
          >
            <button
              type="button"
              role="tab"
              aria-selected={id === active}
              className="tab__name"
              title={path}
              onClick={() => {
                openFile(id);
              }}
            >
              {name}
              {twin && <span className="tab__hint">{parentOf(path) || "/"}</span>}
              {/* Initials, not dots: a coloured dot on a tab reads as "unsaved changes". */}
              {here.length > 0 && (
                <span className="tab__people" title={`${here.map((p) => p.name).join(", ")} here`}>
                  {here.map((p) => (
                    <Avatar key={p.key} person={p} size="small" />
                  ))}
                </span>
              )}
            </button>
            <button
              type="button"
              className="tab__close"
              aria-label={`Close ${name}`}
              title="Close (Alt+W)"
              onClick={() => close(id)}
            >
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}
