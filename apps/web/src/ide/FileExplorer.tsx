import type { TreeNode } from "@wove/protocol";
import { useMemo, useRef, useState, type DragEvent } from "react";
import type * as Y from "yjs";
import { ENTRY_DRAG_TYPE } from "./entryDragType.ts";
import { ExplorerNameInput } from "./ExplorerNameInput.tsx";
import { ExplorerRow } from "./ExplorerRow.tsx";
import { createFileIn, folderPathIn, moveEntry, parentOf } from "./fileActions.ts";
import { describePlace } from "./newEntryPlace.ts";
import type { FilesView } from "./useFiles.ts";
import { useNotices } from "../state/useNotices.ts";
import { useExplorerStore } from "./useExplorerStore.ts";
import { useTabsStore } from "./useTabsStore.ts";
import type { Collaborator } from "./usePresence.ts";
import { useUpload } from "./useUpload.ts";
import { withDraftFolders } from "./withDraftFolders.ts";

/**
 * The file tree: open, create, rename, move (drag and drop), delete and upload, with
 * who is in which file. Viewers see the tree but none of the actions.
 */
export function FileExplorer({
  doc,
  projectId,
  files,
  people,
  readOnly,
}: {
  doc: Y.Doc;
  projectId: string;
  files: FilesView;
  people: Collaborator[];
  readOnly: boolean;
}) {
  const active = useTabsStore((s) => s.active);
  const open = useTabsStore((s) => s.open);
  const editing = useExplorerStore((s) => s.editing);
  const draftFolders = useExplorerStore((s) => s.draftFolders);
  const setEditing = useExplorerStore((s) => s.setEditing);
  const addDraftFolder = useExplorerStore((s) => s.addDraftFolder);
  const notify = useNotices((s) => s.notify);
  const [collapsed, setCollapsed] = useState<Set<string>>(() => new Set());
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const pickerRef = useRef<HTMLInputElement>(null);
  const upload = useUpload(doc, projectId);
  const uploadFolder = useRef("");

  const tree = useMemo(() => withDraftFolders(files.tree, draftFolders), [files.tree, draftFolders]);
  const peopleByFile = useMemo(() => {
    const map = new Map<string, Collaborator[]>();
    for (const person of people) {
      if (person.self || !person.fileId) continue;
      map.set(person.fileId, [...(map.get(person.fileId) ?? []), person]);
    }
    return map;
  }, [people]);

  const toggle = (path: string) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (!next.delete(path)) next.add(path);
      return next;
    });

  const submitNew = (folder: string, mode: "new-file" | "new-folder") => (name: string) => {
    if (mode === "new-folder") {
      const made = folderPathIn(doc, folder, name);
      if (!made.ok) return made.error;
      addDraftFolder(made.value);
    } else {
      const made = createFileIn(doc, folder, name);
      if (!made.ok) return made.error;
      // The caret goes into the new file (a reveal focuses the editor once the file shows).
      open(made.value, { line: 1, column: 1 });
    }
    setEditing(null);
    return null;
  };

  const onDrop = (folder: string) => (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setDropTarget(null);
    if (readOnly) return;
    const entry = event.dataTransfer.getData(ENTRY_DRAG_TYPE);
    if (entry) {
      const target = JSON.parse(entry) as { path: string; fileId: string | null };
      const moved = moveEntry(doc, target, folder);
      if (!moved.ok) notify(moved.error, { tone: "error" });
      return;
    }
    if (event.dataTransfer.files.length) void upload(folder, [...event.dataTransfer.files]);
  };

  const dropProps = (folder: string) => ({
    onDragOver: (event: DragEvent) => {
      if (readOnly) return;
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = event.dataTransfer.types.includes(ENTRY_DRAG_TYPE) ? "move" : "copy";
      setDropTarget(folder);
    },
    onDragLeave: () => setDropTarget((t) => (t === folder ? null : t)),
    onDrop: onDrop(folder),
  });

  const renderLevel = (nodes: TreeNode[], depth: number, folder: string) => (
    <>
      {editing && editing.mode !== "rename" && editing.folder === folder && (
        <li>
          <ExplorerNameInput
            label={editing.mode === "new-file" ? "New file name" : "New folder name"}
            initial=""
            depth={depth}
            hint={(value) => describePlace(folder, value)}
            placeholder={editing.mode === "new-file" ? "app.ts, lib/util.ts…" : "components"}
            onSubmit={submitNew(folder, editing.mode)}
            onCancel={() => setEditing(null)}
          />
        </li>
      )}
      {nodes.map((node) => (
        <li key={node.path} role="none">
          <ExplorerRow
            doc={doc}
            node={node}
            depth={depth}
            active={node.type === "file" && node.id === active}
            expanded={node.type === "folder" ? !collapsed.has(node.path) : undefined}
            dropping={node.type === "folder" && dropTarget === node.path}
            people={node.type === "file" ? (peopleByFile.get(node.id) ?? []) : []}
            readOnly={readOnly}
            onToggle={() => toggle(node.path)}
            dropProps={node.type === "folder" ? dropProps(node.path) : dropProps(parentOf(node.path))}
          />
          {node.type === "folder" && !collapsed.has(node.path) && (
            <ul role="group" className="explorer__list">
              {renderLevel(node.children, depth + 1, node.path)}
            </ul>
          )}
        </li>
      ))}
    </>
  );

  const activeFolder = active ? parentOf(files.paths.get(active) ?? "") : "";
  return (
    <section className="explorer" aria-label="Files">
      <header className="pane-head">
        <h2 className="pane-head__title">Files</h2>
        {!readOnly && (
          <div className="pane-head__actions">
            <button
              type="button"
              className="icon-button"
              title="New file (Alt+N)"
              aria-label="New file"
              onClick={() => setEditing({ mode: "new-file", folder: activeFolder })}
            >
              +
            </button>
            <button
              type="button"
              className="icon-button"
              title="New folder (Alt+Shift+N)"
              aria-label="New folder"
              onClick={() => setEditing({ mode: "new-folder", folder: activeFolder })}
            >
              ▸+
            </button>
            <button
              type="button"
              className="icon-button"
              title="Upload files"
              aria-label="Upload files"
              onClick={() => {
                uploadFolder.current = activeFolder;
                pickerRef.current?.click();
              }}
            >
              ⇪
            </button>
            <input
              ref={pickerRef}
              id="explorer-upload"
              type="file"
              multiple
              hidden
              onChange={(e) => {
                const picked = [...(e.target.files ?? [])];
                e.target.value = "";
                if (picked.length) void upload(uploadFolder.current, picked);
              }}
            />
          </div>
        )}
      </header>
      <div className={`explorer__body${dropTarget === "" ? " explorer__body--drop" : ""}`} {...dropProps("")}>
        {tree.length === 0 && !editing ? (
          <div className="explorer__empty">
            <p>No files yet.</p>
            {!readOnly && (
              <button type="button" className="button" onClick={() => setEditing({ mode: "new-file", folder: "" })}>
                Create a file
              </button>
            )}
            {!readOnly && <p className="muted">or drop files here.</p>}
          </div>
        ) : (
          <ul role="tree" aria-label="Project files" className="explorer__list">
            {renderLevel(tree, 0, "")}
          </ul>
        )}
      </div>
    </section>
  );
}
