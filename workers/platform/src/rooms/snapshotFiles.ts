import { metaOf, readText, resolvedPaths } from "@wove/protocol";
import * as Y from "yjs";
import { blobOf } from "./blobOf.ts";
import type { RoomSnapshotFile } from "./RoomFile.ts";

/**
 * Every file as a deploy needs it (text as text, blobs by their R2 hash), and the
 * project's deploy settings (`meta.deploy`, SPEC D8), read in one go so they agree.
 */
export function snapshotFiles(doc: Y.Doc): { files: RoomSnapshotFile[]; deploySettingsJson: string } {
  const files: RoomSnapshotFile[] = [];
  for (const [id, path] of resolvedPaths(doc)) {
    const text = readText(doc, id);
    const blob = text === undefined ? blobOf(doc, id) : undefined;
    if (text !== undefined) files.push({ path, text });
    else if (blob) files.push({ path, blob });
  }
  const deploy = metaOf(doc).get("deploy");
  // As JSON: settings are whatever a client wrote, and RPC types need a known shape.
  const settings: unknown = deploy instanceof Y.AbstractType ? deploy.toJSON() : (deploy ?? null);
  return { files, deploySettingsJson: JSON.stringify(settings) };
}
