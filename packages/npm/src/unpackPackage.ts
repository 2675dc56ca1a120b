import { unpackTar } from "modern-tar";
import type { PackageFiles } from "./PackageFiles.ts";
import { verifyIntegrity } from "./verifyIntegrity.ts";

export type UnpackResult = { ok: true; files: PackageFiles } | { ok: false; error: string };

const INSTALL_SCRIPTS = ["preinstall", "install", "postinstall"] as const;

/**
 * A package tarball's files, once its bytes match `integrity`: gunzipped with
 * DecompressionStream (browser and workerd alike), untarred by modern-tar, the archive's
 * top folder (`package/` for npm's own) stripped. A package that needs more than its
 * files to work is refused, naming it and why: install scripts (nothing runs them here),
 * or native code (`binding.gyp`, `gypfile`, compiled `.node` addons), which neither a
 * browser nor a Worker can load.
 */
export async function unpackPackage(id: string, tarball: Uint8Array, integrity: string): Promise<UnpackResult> {
  if (!(await verifyIntegrity(tarball, integrity)))
    return {
      ok: false,
      error: `${id}: the tarball does not match its integrity ${integrity.slice(0, 24)}…; the registry answered different bytes than the lockfile expects (delete its entry from wove-lock.json to resolve it again)`,
    };
  let tar: Uint8Array;
  try {
    const stream = new Blob([tarball as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("gzip"));
    tar = new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return { ok: false, error: `${id}: the tarball is not gzip` };
  }
  const files = new Map<string, Uint8Array>();
  try {
    for (const entry of await unpackTar(tar, { strip: 1 })) {
      if (entry.header.type && entry.header.type !== "file") continue;
      files.set(entry.header.name.replace(/^\.\//, ""), entry.data ?? new Uint8Array());
    }
  } catch (err) {
    return {
      ok: false,
      error: `${id}: the tarball is not a tar archive (${err instanceof Error ? err.message : err})`,
    };
  }
  const refusal = refusalOf(id, files);
  return refusal ? { ok: false, error: refusal } : { ok: true, files };
}

/** Why a package cannot be bundled, or null. */
export function refusalOf(id: string, files: PackageFiles): string | null {
  const manifest = files.get("package.json");
  if (!manifest) return `${id}: the tarball has no package.json`;
  let json: { scripts?: Record<string, unknown>; gypfile?: unknown };
  try {
    json = JSON.parse(new TextDecoder().decode(manifest)) as typeof json;
  } catch {
    return `${id}: its package.json is not valid JSON`;
  }
  const scripts = INSTALL_SCRIPTS.filter((name) => typeof json.scripts?.[name] === "string");
  if (scripts.length)
    return `${id} has install scripts (${scripts.join(", ")}), which deploys do not run: use a package that works without them`;
  const native = [...files.keys()].find((path) => path === "binding.gyp" || path.endsWith(".node"));
  if (json.gypfile === true || native)
    return `${id} contains native code (${native ?? "gypfile"}), which neither a browser nor a Worker can load: use a pure JavaScript or WebAssembly package instead`;
  return null;
}
