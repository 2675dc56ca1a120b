import * as Y from "yjs";
import { newId } from "../newId.ts";
import { normalizeFolder, validatePath } from "./validatePath.ts";

/** A blob file's pointer to its bytes in R2 (SPEC D1). */
export interface BlobRef {
  hash: string;
  size: number;
  mime: string;
}

export type FileKind = "text" | "blob";

export interface FileEntry {
  id: string;
  /** The path as stored; may collide with another entry's (see `resolvedPaths`). */
  path: string;
  kind: FileKind;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const filesOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>("files");
export const metaOf = (doc: Y.Doc) => doc.getMap<unknown>("meta");

/** Every entry of the files map (SPEC D1), unresolved, in no particular order. */
export function listEntries(doc: Y.Doc): FileEntry[] {
  const entries: FileEntry[] = [];
  for (const [id, entry] of filesOf(doc)) {
    const path = entry.get("path");
    const kind = entry.get("kind");
    if (typeof path === "string" && (kind === "text" || kind === "blob")) entries.push({ id, path, kind });
  }
  return entries;
}

/**
 * Each entry's effective path (SPEC D5): the smallest id keeps a contested path; the
 * others get `name (conflict <id prefix>).ext`. Deterministic on every peer.
 */
export function resolvedPaths(doc: Y.Doc): Map<string, string> {
  const byPath = new Map<string, string[]>();
  for (const { id, path } of listEntries(doc)) byPath.set(path, [...(byPath.get(path) ?? []), id]);
  const resolved = new Map<string, string>();
  for (const [path, ids] of byPath) {
    ids.sort();
    ids.forEach((id, i) => resolved.set(id, i === 0 ? path : conflictPath(path, id)));
  }
  return resolved;
}

function conflictPath(path: string, id: string): string {
  const slash = path.lastIndexOf("/");
  const name = path.slice(slash + 1);
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  return `${path.slice(0, slash + 1)}${stem} (conflict ${id.slice(0, 6)})${ext}`;
}

/** Writes the SPEC D5 resolution into the document; answers how many entries moved. */
export function repairPathConflicts(doc: Y.Doc): number {
  let moved = 0;
  doc.transact(() => {
    for (const [id, path] of resolvedPaths(doc)) {
      const entry = filesOf(doc).get(id);
      if (entry && entry.get("path") !== path) {
        entry.set("path", path);
        moved++;
      }
    }
  });
  return moved;
}

/** The id of the file at `path` after resolution, if any. */
export function findFile(doc: Y.Doc, path: string): string | undefined {
  for (const [id, resolved] of resolvedPaths(doc)) if (resolved === path) return id;
  return undefined;
}

function isTaken(doc: Y.Doc, path: string, except?: string): boolean {
  return listEntries(doc).some((e) => e.path === path && e.id !== except);
}

/** Creates a text file (or a blob file with `blob`) at `path` (SPEC D3, D4). */
export function createFile(
  doc: Y.Doc,
  input: { path: string; text?: string; blob?: BlobRef; id?: string },
): Result<string> {
  const problem = validatePath(input.path);
  if (problem) return { ok: false, error: problem };
  if (isTaken(doc, input.path)) return { ok: false, error: `A file already exists at ${input.path}` };
  const id = input.id ?? newFileId();
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set("path", input.path);
    if (input.blob) {
      entry.set("kind", "blob");
      entry.set("blob", { ...input.blob });
    } else {
      entry.set("kind", "text");
      entry.set("text", new Y.Text(input.text ?? ""));
    }
    filesOf(doc).set(id, entry);
  });
  return { ok: true, value: id };
}

/** Renames or moves one file (SPEC D2, D3, D4): only its path changes. */
export function renameFile(doc: Y.Doc, id: string, path: string): Result<void> {
  const entry = filesOf(doc).get(id);
  if (!entry) return { ok: false, error: "No such file" };
  const problem = validatePath(path);
  if (problem) return { ok: false, error: problem };
  if (isTaken(doc, path, id)) return { ok: false, error: `A file already exists at ${path}` };
  entry.set("path", path);
  return { ok: true, value: undefined };
}

/** Moves a folder: every file under `from` now lives under `to` (SPEC D6). */
export function moveFolder(doc: Y.Doc, from: string, to: string): Result<number> {
  const source = normalizeFolder(from);
  const target = normalizeFolder(to);
  if (!source) return { ok: false, error: "Choose a folder to move" };
  if (target === source || target.startsWith(`${source}/`)) {
    return { ok: false, error: "A folder cannot move into itself" };
  }
  const moving = listEntries(doc).filter((e) => e.path.startsWith(`${source}/`));
  const staying = new Set(
    listEntries(doc)
      .filter((e) => !e.path.startsWith(`${source}/`))
      .map((e) => e.path),
  );
  const moves = moving.map((e) => ({
    id: e.id,
    path: `${target ? `${target}/` : ""}${e.path.slice(source.length + 1)}`,
  }));
  for (const { path } of moves) {
    const problem = validatePath(path);
    if (problem) return { ok: false, error: problem };
    if (staying.has(path)) return { ok: false, error: `A file already exists at ${path}` };
  }
  doc.transact(() => {
    for (const { id, path } of moves) filesOf(doc).get(id)?.set("path", path);
  });
  return { ok: true, value: moves.length };
}

export function deleteFile(doc: Y.Doc, id: string): Result<void> {
  if (!filesOf(doc).has(id)) return { ok: false, error: "No such file" };
  filesOf(doc).delete(id);
  return { ok: true, value: undefined };
}

/** Deletes every file under `folder` in one transaction (SPEC D6). */
export function deleteFolder(doc: Y.Doc, folder: string): number {
  const prefix = `${normalizeFolder(folder)}/`;
  const doomed = listEntries(doc).filter((e) => e.path.startsWith(prefix));
  doc.transact(() => {
    for (const { id } of doomed) filesOf(doc).delete(id);
  });
  return doomed.length;
}

/** A text file's content, or undefined for blobs and unknown ids. */
export function readText(doc: Y.Doc, id: string): string | undefined {
  const text = filesOf(doc).get(id)?.get("text");
  return text instanceof Y.Text ? text.toString() : undefined;
}

export function textOf(doc: Y.Doc, id: string): Y.Text | undefined {
  const text = filesOf(doc).get(id)?.get("text");
  return text instanceof Y.Text ? text : undefined;
}

export type TreeNode =
  | { type: "folder"; name: string; path: string; children: TreeNode[] }
  | { type: "file"; name: string; path: string; id: string; kind: FileKind };

/** The files as a tree of folders and files, resolved and sorted (SPEC D5, D7). */
export function listTree(doc: Y.Doc): TreeNode[] {
  const root: TreeNode[] = [];
  const folders = new Map<string, TreeNode[]>([["", root]]);
  const kinds = new Map(listEntries(doc).map((e) => [e.id, e.kind]));
  const folderOf = (path: string): TreeNode[] => {
    const existing = folders.get(path);
    if (existing) return existing;
    const slash = path.lastIndexOf("/");
    const children: TreeNode[] = [];
    folderOf(path.slice(0, Math.max(slash, 0))).push({ type: "folder", name: path.slice(slash + 1), path, children });
    folders.set(path, children);
    return children;
  };
  for (const [id, path] of resolvedPaths(doc)) {
    const slash = path.lastIndexOf("/");
    folderOf(path.slice(0, Math.max(slash, 0))).push({
      type: "file",
      name: path.slice(slash + 1),
      path,
      id,
      kind: kinds.get(id) ?? "text",
    });
  }
  const sort = (nodes: TreeNode[]) => {
    nodes.sort((a, b) => (a.type !== b.type ? (a.type === "folder" ? -1 : 1) : compareNames(a.name, b.name)));
    for (const node of nodes) if (node.type === "folder") sort(node.children);
  };
  sort(root);
  return root;
}

function compareNames(a: string, b: string): number {
  const folded = a.toLowerCase().localeCompare(b.toLowerCase(), "en");
  return folded !== 0 ? folded : a < b ? -1 : a > b ? 1 : 0;
}

/** A random file id: ids are created by whichever peer adds a file. */
export const newFileId = (): string => newId();
