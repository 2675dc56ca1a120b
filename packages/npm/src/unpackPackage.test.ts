import { dirname } from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { packDirectory, packFiles } from "./node/packDirectory.ts";
import { unpackPackage } from "./unpackPackage.ts";
import { integrityOf } from "./verifyIntegrity.ts";

const require = createRequire(import.meta.url);
const made = (files: Record<string, string>) => packFiles(new Map(Object.entries(files)));

describe("unpackPackage", () => {
  it("unpacks a real package's tarball once its integrity matches", async () => {
    const tarball = await packDirectory(dirname(require.resolve("react-dom/package.json")));
    const unpacked = await unpackPackage("react-dom@19.3.1", tarball, await integrityOf(tarball));
    expect(unpacked.ok).toBe(true);
    if (!unpacked.ok) return;
    expect([...unpacked.files.keys()]).toEqual(expect.arrayContaining(["package.json", "client.js", "index.js"]));
    expect(new TextDecoder().decode(unpacked.files.get("client.js"))).toContain("react-dom-client");
  });

  it("refuses bytes that do not match the integrity", async () => {
    const tarball = await made({ "package.json": '{"name":"a","version":"1.0.0"}' });
    const other = await integrityOf(await made({ "package.json": '{"name":"a","version":"1.0.1"}' }));
    expect(await unpackPackage("a@1.0.0", tarball, other)).toEqual({
      ok: false,
      error: expect.stringContaining("a@1.0.0: the tarball does not match its integrity"),
    });
  });

  it("refuses a package with install scripts, naming them", async () => {
    const tarball = await made({
      "package.json": JSON.stringify({
        name: "x",
        version: "1.0.0",
        scripts: { postinstall: "node build.js", test: "t" },
      }),
    });
    expect(await unpackPackage("x@1.0.0", tarball, await integrityOf(tarball))).toEqual({
      ok: false,
      error:
        "x@1.0.0 has install scripts (postinstall), which deploys do not run: use a package that works without them",
    });
  });

  it("refuses a package with native code, saying which file", async () => {
    for (const [file, named] of [
      ["binding.gyp", "binding.gyp"],
      ["build/Release/addon.node", "build/Release/addon.node"],
    ] as const) {
      const tarball = await made({ "package.json": '{"name":"n","version":"1.0.0"}', [file]: "" });
      expect(await unpackPackage("n@1.0.0", tarball, await integrityOf(tarball))).toEqual({
        ok: false,
        error: expect.stringContaining(`n@1.0.0 contains native code (${named})`),
      });
    }
  });
});
