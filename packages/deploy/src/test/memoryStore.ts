import type { ArtifactStore } from "../ArtifactStore.ts";

/** An in-memory artifact store that counts writes, for tests. */
export function memoryStore(): ArtifactStore & { objects: Map<string, Uint8Array>; puts: string[] } {
  const objects = new Map<string, Uint8Array>();
  const puts: string[] = [];
  const encoder = new TextEncoder();
  return {
    objects,
    puts,
    head: async (key) => (objects.has(key) ? {} : null),
    get: async (key) => {
      const bytes = objects.get(key);
      if (!bytes) return null;
      return { arrayBuffer: async () => bytes.slice().buffer, text: async () => new TextDecoder().decode(bytes) };
    },
    put: async (key, value) => {
      puts.push(key);
      objects.set(key, typeof value === "string" ? encoder.encode(value) : value);
    },
    delete: async (key) => objects.delete(key),
  };
}

/** Source files for a build, from text. */
export async function sourceFiles(texts: Record<string, string>) {
  const { sha256Hex } = await import("../sha256Hex.ts");
  const files = new Map<string, { hash: string; bytes: Uint8Array }>();
  for (const [path, text] of Object.entries(texts)) {
    const bytes = new TextEncoder().encode(text);
    files.set(path, { hash: await sha256Hex(bytes), bytes });
  }
  return files;
}
