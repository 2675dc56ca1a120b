import { dirname } from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { packDirectory, packFiles } from "./node/packDirectory.ts";
import type { PackageFiles } from "./PackageFiles.ts";
import { resolveFileIn, resolveInPackage } from "./resolveInPackage.ts";
import { unpackPackage } from "./unpackPackage.ts";
import { integrityOf } from "./verifyIntegrity.ts";

const require = createRequire(import.meta.url);
const browser = { browser: true, conditions: [], require: false };
const worker = { browser: true, conditions: ["workerd", "worker"], require: false };

async function filesOf(tarball: Uint8Array): Promise<PackageFiles> {
  const unpacked = await unpackPackage("p", tarball, await integrityOf(tarball));
  if (!unpacked.ok) throw new Error(unpacked.error);
  return unpacked.files;
}
const installed = async (name: string) =>
  filesOf(await packDirectory(dirname(require.resolve(`${name}/package.json`))));
const made = async (files: Record<string, string>) => filesOf(await packFiles(new Map(Object.entries(files))));

describe("resolveInPackage", () => {
  it("follows the exports map: react-dom/client, preact/hooks", async () => {
    expect(resolveInPackage(await installed("react-dom"), "react-dom", "./client", browser)).toEqual({
      ok: true,
      file: "client.js",
    });
    const preact = await installed("preact");
    expect(resolveInPackage(preact, "preact", "./hooks", browser)).toMatchObject({
      ok: true,
      file: expect.stringMatching(/^hooks\/dist\/.*\.m?js$/),
    });
  });

  it("matches a Worker's conditions before the defaults", async () => {
    const files = await made({
      "package.json": JSON.stringify({
        name: "c",
        version: "1.0.0",
        exports: { ".": { workerd: "./edge.js", node: "./node.js", default: "./index.js" } },
      }),
      "edge.js": "",
      "node.js": "",
      "index.js": "",
    });
    expect(resolveInPackage(files, "c", ".", worker)).toEqual({ ok: true, file: "edge.js" });
    expect(resolveInPackage(files, "c", ".", browser)).toEqual({ ok: true, file: "index.js" });
  });

  it("refuses a subpath the exports map does not export", async () => {
    expect(resolveInPackage(await installed("react-dom"), "react-dom@19.3.1", "./cjs/secret", browser)).toEqual({
      ok: false,
      error: 'react-dom@19.3.1 does not export "./cjs/secret" (see its package.json "exports")',
    });
  });

  it("falls back to module, then main, then index.js, probing extensions", async () => {
    const both = await made({
      "package.json": '{"name":"l","module":"esm/index","main":"cjs/index.js"}',
      "esm/index.js": "",
      "cjs/index.js": "",
    });
    expect(resolveInPackage(both, "l", ".", browser)).toEqual({ ok: true, file: "esm/index.js" });
    const bare = await made({ "package.json": '{"name":"b"}', "index.js": "", "lib/deep.js": "" });
    expect(resolveInPackage(bare, "b", ".", browser)).toEqual({ ok: true, file: "index.js" });
    expect(resolveInPackage(bare, "b", "./lib/deep", browser)).toEqual({ ok: true, file: "lib/deep.js" });
    expect(resolveFileIn(bare, "b", "lib/missing")).toEqual({ ok: false, error: "b has no file lib/missing" });
  });
});
