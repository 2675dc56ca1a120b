import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUILTIN_BASE } from "../builtinPackages.ts";
import { packBuiltins } from "./packBuiltins.ts";

/**
 * Writes the built-in packages under `<dir>/npm-builtin/`, where `vite build` emits them,
 * for tests that run the Worker without building the web app. Packing is deterministic,
 * so this writes the same bytes a build would, and only files that differ.
 */
export async function writeBuiltins(dir: string): Promise<void> {
  const target = join(dir, BUILTIN_BASE);
  mkdirSync(target, { recursive: true });
  for (const { fileName, source } of await packBuiltins()) {
    const path = join(target, fileName);
    let current: Buffer | undefined;
    try {
      current = readFileSync(path);
    } catch {
      // Not written yet.
    }
    if (!current?.equals(source)) writeFileSync(path, source);
  }
}
