import type { DeploySettings } from "./DeploySettings.ts";

/** One file of a project as a deploy saw it; the bytes are the artifact under `hash`. */
export interface SnapshotFile {
  path: string;
  hash: string;
  size: number;
}

/**
 * A project's files and deploy settings at the moment a deploy started, recorded in the
 * artifact store so the deployment can be rebuilt byte for byte later.
 */
export interface Snapshot {
  projectId: string;
  takenAt: string;
  settings: DeploySettings;
  files: SnapshotFile[];
}

/** The snapshot's bytes, by path, as the build reads them. */
export type SourceFiles = ReadonlyMap<string, { hash: string; bytes: Uint8Array }>;
