import { artifactKey, readDeploySettings, sha256Hex, snapshotKey, type Snapshot } from "@wove/deploy";
import type { SourceFiles } from "@wove/deploy";
import { projectBlobs, type Database } from "@wove/db";
import { and, eq, inArray } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { blobKey } from "../projects/blobKey.ts";

/**
 * Reads the project's files from its room in one RPC and records them: every file's bytes
 * as a content-addressed artifact (stored only when new) and the list of paths and hashes
 * as the deployment's snapshot, so the same deployment can be rebuilt later.
 *
 * A blob entry is only a hash in the document, which any editor can write: its bytes are
 * read only if the blob was uploaded to this project (project_blobs), so a deploy can
 * never publish another project's private file by naming its hash.
 */
export async function snapshotProject(
  env: Bindings,
  db: Database,
  projectId: string,
  deploymentId: string,
): Promise<{ snapshot: Snapshot; files: SourceFiles; key: string }> {
  const room = await env.ROOMS.getByName(projectId).snapshotFiles();
  const owned = await blobsOfProject(
    db,
    projectId,
    room.files.flatMap(({ blob }) => (blob ? [blob.hash] : [])),
  );
  const encoder = new TextEncoder();
  const entries = await Promise.all(
    room.files.map(async ({ path, text, blob }) => {
      if (text !== undefined) {
        const bytes = encoder.encode(text);
        return { path, bytes, hash: await sha256Hex(bytes) };
      }
      if (blob && !owned.has(blob.hash))
        throw new SnapshotError(`${path}: this file was not uploaded to this project; upload it again`);
      const object = blob && (await env.BLOBS.get(blobKey(blob.hash)));
      if (!object) throw new SnapshotError(`${path}: its bytes are missing from storage; upload the file again`);
      return { path, bytes: new Uint8Array(await object.arrayBuffer()), hash: blob.hash };
    }),
  );
  await Promise.all(
    entries.map(async ({ hash, bytes }) => {
      if (!(await env.BLOBS.head(artifactKey(hash)))) await env.BLOBS.put(artifactKey(hash), bytes);
    }),
  );
  const snapshot: Snapshot = {
    projectId,
    takenAt: new Date().toISOString(),
    settings: readDeploySettings(JSON.parse(room.deploySettingsJson)),
    files: entries.map(({ path, hash, bytes }) => ({ path, hash, size: bytes.byteLength })),
  };
  const key = snapshotKey(deploymentId);
  await env.BLOBS.put(key, JSON.stringify(snapshot));
  return { snapshot, files: new Map(entries.map(({ path, hash, bytes }) => [path, { hash, bytes }])), key };
}

/** Which of these hashes were uploaded to the project. */
async function blobsOfProject(db: Database, projectId: string, hashes: string[]): Promise<Set<string>> {
  if (!hashes.length) return new Set();
  const rows = await db
    .select({ hash: projectBlobs.hash })
    .from(projectBlobs)
    .where(and(eq(projectBlobs.projectId, projectId), inArray(projectBlobs.hash, [...new Set(hashes)])));
  return new Set(rows.map((row) => row.hash));
}

/** A snapshot that cannot be taken for a reason the deploy log should show. */
export class SnapshotError extends Error {
  override name = "SnapshotError";
}
