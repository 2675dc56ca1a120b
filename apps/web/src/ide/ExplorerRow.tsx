import type { TreeNode } from "@wove/protocol";
import type { DragEvent, KeyboardEvent } from "react";
import type * as Y from "yjs";
import { Avatar } from "./Avatar.tsx";
import { ExplorerNameInput } from "./ExplorerNameInput.tsx";
import { ENTRY_DRAG_TYPE } from "./entryDragType.ts";
import { renameEntry } from "./fileActions.ts";
import { openFile } from "./openFile.ts";
import { useExplorerStore } from "./useExplorerStore.ts";
import type { Collaborator } from "./usePresence.ts";

interface DropProps {
  onDragOver: (event: DragEvent) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent) => void;
}

/** One file or folder in the explorer, or its rename field. */
export function ExplorerRow({
  doc,
  node,
  depth,
  active,
  expanded,
  dropping,
  people,
  readOnly,
  onToggle,
  dropProps,
}: {
  doc: Y.Doc;
  node: TreeNode;
  depth: number;
  active: boolean;
  expanded: boolean | undefined;
  dropping: boolean;
  people: Collaborator[];
  readOnly: boolean;
  onToggle: () => void;
  dropProps: DropProps;
}) {
  // Only whether this row is being renamed: naming another entry does not re-render every row.
  const renaming = useExplorerStore((s) => s.editing?.mode === "rename" && s.editing.path === node.path);
  const setEditing = useExplorerStore((s) => s.setEditing);
  const setDeleting = useExplorerStore((s) => s.setDeleting);
  const fileId = node.type === "file" ? node.id : null;
  const target = { path: node.path, fileId };

  if (renaming) {
    return (
      <ExplorerNameInput
        label={`Rename ${node.name}`}
        initial={node.name}
        depth={depth}
        onSubmit={(name) => {
          const renamed = renameEntry(doc, target, name);
          if (!renamed.ok) return renamed.error;
          setEditing(null);
          return null;
        }}
        onCancel={() => setEditing(null)}
      />
    );
  }

  const activate = () => {
    if (node.type === "folder") return onToggle();
    openFile(node.id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "F2" && !readOnly) {
      event.preventDefault();
      setEditing({ mode: "rename", path: node.path, fileId });
    } else if (event.key === "Delete" && !readOnly) {
      event.preventDefault();
      setDeleting(target);
    } else if (
      node.type === "folder" &&
      (event.key === "ArrowRight" ? !expanded : event.key === "ArrowLeft" && expanded)
    ) {
      event.preventDefault();
      onToggle();
    }
  };

  return (
    <div
      className={`explorer__row${active ? " explorer__row--active" : ""}${dropping ? " explorer__row--drop" : ""}`}
      style={{ paddingInlineStart: `${0.5 + depth * 0.9}rem` }}
      draggable={!readOnly}
      onDragStart={(event) => {
        event.dataTransfer.setData(ENTRY_DRAG_TYPE, JSON.stringify(target));
        event.dataTransfer.effectAllowed = "move";
      }}
      {...dropProps}
    >
      <button
        type="button"
        role="treeitem"
        aria-expanded={expanded}
        aria-selected={active}
        aria-current={active ? "page" : undefined}
        className="explorer__name"
        data-path={node.path}
        onClick={activate}
        onKeyDown={onKeyDown}
      >
        <span aria-hidden="true" className="explorer__icon">
          {node.type === "folder" ? (expanded ? "▾" : "▸") : node.kind === "blob" ? "◆" : "·"}
        </span>
        {node.name}
      </button>
      {people.length > 0 && (
        <span className="explorer__people" aria-label={`Here: ${people.map((p) => p.name).join(", ")}`}>
          {people.slice(0, 3).map((person) => (
            <Avatar key={person.key} person={person} size="small" />
          ))}
        </span>
      )}
      {!readOnly && (
        <span className="explorer__actions">
          <button
            type="button"
            className="icon-button"
            aria-label={`Rename ${node.name}`}
            title="Rename (F2)"
            onClick={() => setEditing({ mode: "rename", path: node.path, fileId })}
          >
            ✎
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Delete ${node.name}`}
            title="Delete (Del)"
            onClick={() => setDeleting(target)}
          >
            ×
          </button>
        </span>
      )}
    </div>
  );
}
