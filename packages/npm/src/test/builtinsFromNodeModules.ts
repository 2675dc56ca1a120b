import { BUILTIN_BASE, BUILTIN_INDEX } from "../builtinPackages.ts";
import { readLockfile, type Lockfile } from "../Lockfile.ts";
import { packBuiltins } from "../node/packBuiltins.ts";

let packed: ReturnType<typeof packBuiltins> | undefined;

/** The built-ins as the app's assets would serve them, for tests in Node. */
export async function builtinsFromNodeModules(): Promise<{
  lock: Lockfile;
  readBuiltin: (assetPath: string) => Promise<Uint8Array>;
}> {
  const files = await (packed ??= packBuiltins());
  const byPath = new Map(files.map((file) => [`${BUILTIN_BASE}${file.fileName}`, file.source]));
  const read = readLockfile(new TextDecoder().decode(byPath.get(BUILTIN_INDEX)));
  if (!read.ok) throw new Error(read.error);
  return {
    lock: read.lock,
    readBuiltin: async (path) => {
      const bytes = byPath.get(path);
      if (!bytes) throw new Error(`no built-in ${path}`);
      return bytes;
    },
  };
}
