import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { LazyCodeEditor } from "../editor/LazyCodeEditor.tsx";
import { BlobPreview } from "./BlobPreview.tsx";
import { ideShortcuts } from "./ideShortcuts.ts";
import { formatShortcut, isApple } from "./shortcut.ts";
import type { FilesView } from "./useFiles.ts";
import { useNotices } from "../state/useNotices.ts";
import { useTabsStore } from "./useTabsStore.ts";

/** The open file: text in the editor, a blob as a preview, or where to start. */
export function EditorPane({
  doc,
  projectId,
  awareness,
  files,
  readOnly,
  theme,
  onEditorActions,
}: {
  doc: Y.Doc;
  projectId: string;
  awareness: Awareness;
  files: FilesView;
  readOnly: boolean;
  theme: "light" | "dark";
  /** Told how to run the open editor's actions (find, replace), or that none is open. */
  onEditorActions: (run: ((actionId: string) => void) | null) => void;
}) {
  const active = useTabsStore((s) => s.active);
  const reveal = useTabsStore((s) => s.reveal);
  const tabs = useTabsStore((s) => s.tabs);
  const open = useTabsStore((s) => s.open);
  const notify = useNotices((s) => s.notify);
  const path = active ? files.paths.get(active) : undefined;
  if (!active || path === undefined) {
    const apple = isApple(navigator.platform);
    return (
      <div className="editor-empty">
        <p>{files.paths.size ? "Open a file from the list, or:" : "This project is empty."}</p>
        <ul className="editor-empty__keys">
          <li>
            <kbd>{formatShortcut(ideShortcuts.quickOpen, apple)}</kbd> go to a file
          </li>
          <li>
            <kbd>{formatShortcut(ideShortcuts.commands, apple)}</kbd> all commands
          </li>
          <li>
            <kbd>{formatShortcut(ideShortcuts.search, apple)}</kbd> search the project
          </li>
          {!readOnly && (
            <li>
              <kbd>{formatShortcut(ideShortcuts.newFile, apple)}</kbd> new file
            </li>
          )}
        </ul>
      </div>
    );
  }
  if (files.kinds.get(active) === "blob") {
    return <BlobPreview doc={doc} projectId={projectId} fileId={active} path={path} />;
  }
  return (
    <LazyCodeEditor
      doc={doc}
      fileId={active}
      path={path}
      awareness={awareness}
      readOnly={readOnly}
      theme={theme}
      reveal={reveal?.fileId === active ? reveal : undefined}
      openFiles={tabs}
      onActions={onEditorActions}
      onOpenFile={open}
      onLargePaste={(chars, outcome) =>
        outcome === "refused"
          ? notify(
              `That paste (${chars.toLocaleString()} characters) is larger than a project can sync in one change, so it was not added. Your text is unchanged: paste it in parts, or upload it as a file.`,
              { tone: "error" },
            )
          : notify(`Pasted ${chars.toLocaleString()} characters: a change this large takes a moment to sync.`)
      }
    />
  );
}
