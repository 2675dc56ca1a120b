import { createFile, listEntries, moveFolder, renameFile, validatePath, type Result } from "@wove/protocol";
import type * as Y from "yjs";
import { placeNewEntry } from "./newEntryPlace.ts";

export const joinPath = (folder: string, name: string): string => (folder ? `${folder}/${name}` : name);
export const parentOf = (path: string): string => path.slice(0, Math.max(path.lastIndexOf("/"), 0));
export const baseName = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

/** A name typed into the explorer, trimmed; slashes make folders on the way ("src/app.ts"). */
function checkName(name: string): Result<string> {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, error: "Type a name" };
  return { ok: true, value: trimmed };
}

/** A new text file `name` in `folder` (the root, for a name starting with `/`): answers its id, or why not. */
export function createFileIn(doc: Y.Doc, folder: string, name: string): Result<string> {
  const place = placeNewEntry(folder, name);
  const checked = checkName(place.name);
  if (!checked.ok) return checked;
  return createFile(doc, { path: joinPath(place.folder, checked.value) });
}

/** A new (still empty) folder's path (from the root, for a name starting with `/`), or why the name cannot be one. */
export function folderPathIn(doc: Y.Doc, folder: string, name: string): Result<string> {
  const place = placeNewEntry(folder, name);
  const checked = checkName(place.name);
  if (!checked.ok) return checked;
  const path = joinPath(place.folder, checked.value.replace(/\/+$/, ""));
  const problem = validatePath(path);
  if (problem) return { ok: false, error: problem };
  if (listEntries(doc).some((e) => e.path === path)) return { ok: false, error: `A file already exists at ${path}` };
  return { ok: true, value: path };
}

/** Renames a file (by id) or a folder (by path) in place: the name changes, the folder stays. */
export function renameEntry(doc: Y.Doc, target: { path: string; fileId: string | null }, name: string): Result<string> {
  const checked = checkName(name);
  if (!checked.ok) return checked;
  const path = joinPath(parentOf(target.path), checked.value);
  if (path === target.path) return { ok: true, value: path };
  return moveTo(doc, target, path);
}

/** Moves a file or folder into `folder` (drag and drop), keeping its name. */
export function moveEntry(doc: Y.Doc, target: { path: string; fileId: string | null }, folder: string): Result<string> {
  const path = joinPath(folder, baseName(target.path));
  if (path === target.path) return { ok: true, value: path };
  return moveTo(doc, target, path);
}

function moveTo(doc: Y.Doc, target: { path: string; fileId: string | null }, path: string): Result<string> {
  if (target.fileId) {
    const renamed = renameFile(doc, target.fileId, path);
    return renamed.ok ? { ok: true, value: path } : renamed;
  }
  const moved = moveFolder(doc, target.path, path);
  return moved.ok ? { ok: true, value: path } : moved;
}
