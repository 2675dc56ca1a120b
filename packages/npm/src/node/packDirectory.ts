import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { packTar } from "modern-tar";

/** npm's own fixed mtime for packed files, so a tarball depends on its files alone. */
const MTIME = new Date("1985-10-26T08:15:00.000Z");

/**
 * A package folder (as installed in node_modules) as an npm-style `.tgz`: every file under
 * `package/`, in sorted order, with fixed times and modes, so packing the same files twice
 * gives the same bytes and so the same integrity. Nested node_modules are left out.
 */
export async function packDirectory(dir: string): Promise<Uint8Array> {
  const paths: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(full);
      } else if (entry.isFile()) paths.push(relative(dir, full).split("\\").join("/"));
    }
  };
  walk(dir);
  return packFiles(new Map(paths.map((path) => [path, readFileSync(join(dir, path))])));
}

/** Files (path → bytes or text) packed the same way, for packages a test makes up. */
export async function packFiles(files: ReadonlyMap<string, Uint8Array | string>): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const tar = await packTar(
    [...files.keys()].sort().map((path) => {
      const value = files.get(path) ?? "";
      const body = typeof value === "string" ? encoder.encode(value) : value;
      return { header: { name: `package/${path}`, size: body.byteLength, mtime: MTIME, mode: 0o644 }, body };
    }),
  );
  return gzipSync(tar);
}
