import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname } from "node:path";
import { createRequire } from "node:module";
import semver from "semver";
import { packDirectory, packFiles } from "../node/packDirectory.ts";
import type { Packument } from "../Packument.ts";
import { integrityOf } from "../verifyIntegrity.ts";

const require = createRequire(import.meta.url);

/** A package the fake serves: a real one from node_modules by name, or one made of files. */
export type FakePackage = string | { files: Record<string, string> };

export interface FakeRegistry {
  url: string;
  /** Requests answered since the start or the last `reset`, by path. */
  requests: string[];
  packuments: Map<string, Packument>;
  close(): Promise<void>;
}

/**
 * An npm registry on a free local port serving packuments and real tarballs: the
 * packages named are packed from our node_modules (`packDirectory`), the made-up ones from
 * their files. `GET /<name>` (scoped names as `@scope%2fname`) answers the packument,
 * `GET /<name>/-/<file>.tgz` the tarball, `GET /__fake/requests` the paths asked so far
 * (for tests inside workerd) and `POST /__fake/reset` forgets them.
 */
export async function startFakeRegistry(packages: FakePackage[]): Promise<FakeRegistry> {
  const tarballs = new Map<string, Uint8Array>();
  const packuments = new Map<string, Packument>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    if (path === "/__fake/requests")
      return void res.setHeader("content-type", "application/json").end(JSON.stringify(requests));
    if (path === "/__fake/reset") {
      requests.length = 0;
      return void res.end("{}");
    }
    requests.push(path);
    const tarball = tarballs.get(path);
    if (tarball) return void res.setHeader("content-type", "application/octet-stream").end(tarball);
    const packument = packuments.get(path.slice(1));
    if (packument) return void res.setHeader("content-type", "application/json").end(JSON.stringify(packument));
    res.statusCode = 404;
    res.setHeader("content-type", "application/json").end(JSON.stringify({ error: "Not found" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  for (const spec of packages) {
    let manifest: Record<string, unknown> & { name: string; version: string };
    let tarball: Uint8Array;
    if (typeof spec === "string") {
      const manifestPath = require.resolve(`${spec}/package.json`);
      manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as typeof manifest;
      tarball = await packDirectory(dirname(manifestPath));
    } else {
      manifest = JSON.parse(spec.files["package.json"] ?? "{}") as typeof manifest;
      tarball = await packFiles(new Map(Object.entries(spec.files)));
    }
    const file = `/${manifest.name}/-/${manifest.name.replace(/^@[^/]+\//, "")}-${manifest.version}.tgz`;
    tarballs.set(file, tarball);
    const packument = packuments.get(manifest.name) ?? { name: manifest.name, "dist-tags": {}, versions: {} };
    packument.versions[manifest.version] = {
      ...manifest,
      version: manifest.version,
      dist: { tarball: `${url}${file}`, integrity: await integrityOf(tarball) },
    };
    const tags = (packument["dist-tags"] ??= {});
    tags.latest = semver.rsort(Object.keys(packument.versions))[0] ?? manifest.version;
    packuments.set(manifest.name, packument);
  }
  return {
    url,
    requests,
    packuments,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
