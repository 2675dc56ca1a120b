/**
 * The part of an R2 bucket deploys use; R2Bucket satisfies it, and tests use a Map.
 * Kept structural so this package needs no Workers types.
 */
export interface ArtifactStore {
  head(key: string): Promise<object | null>;
  get(key: string): Promise<{ arrayBuffer(): Promise<ArrayBuffer>; text(): Promise<string> } | null>;
  put(key: string, value: Uint8Array | string): Promise<unknown>;
  delete(key: string): Promise<unknown>;
}
