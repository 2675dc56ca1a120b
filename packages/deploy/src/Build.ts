import type { Detection } from "@wove/protocol";
import type { ManifestFile } from "./Manifest.ts";

/** A file the site serves at `urlPath`, with its bytes in hand for uploading. */
export interface BuiltFile extends ManifestFile {
  urlPath: string;
  bytes: Uint8Array;
}

/** What a build produced, ready for a deployer to upload. */
export interface Build {
  detection: Detection;
  files: BuiltFile[];
  worker?: { code: Uint8Array; hash: string; size: number };
}

export type BuildResult = { ok: true; build: Build; log: string[] } | { ok: false; log: string[] };
