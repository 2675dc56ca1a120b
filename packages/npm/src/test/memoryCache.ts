import type { PackageCache } from "../registrySource.ts";

/** A PackageCache in a Map, as R2 is in the Worker. */
export function memoryCache(): PackageCache & { keys(): string[] } {
  const entries = new Map<string, Uint8Array>();
  return {
    get: async (key) => {
      const bytes = entries.get(key);
      return bytes ? { arrayBuffer: async () => bytes.slice().buffer } : null;
    },
    put: async (key, value) => {
      entries.set(key, typeof value === "string" ? new TextEncoder().encode(value) : value);
    },
    keys: () => [...entries.keys()],
  };
}
