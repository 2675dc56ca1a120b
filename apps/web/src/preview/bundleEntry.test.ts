import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { emptyLockfile, loadPackage, registrySource, type ProjectPackages } from "@wove/npm";
import { builtinsFromNodeModules } from "../../../../packages/npm/src/test/builtinsFromNodeModules.ts";
import { memoryCache } from "../../../../packages/npm/src/test/memoryCache.ts";
import { bundleEntry } from "./bundleEntry.ts";
import type { PreviewFile } from "./toDataUrl.ts";

// The npm esbuild has the same build API as esbuild-wasm, so the plugin runs here as in the browser.
const files = (entries: Record<string, string>) =>
  new Map<string, PreviewFile>(Object.entries(entries).map(([path, text]) => [path, { text }]));

/** The built-ins as the app serves them, and no registry: a fetch of one fails the test. */
async function builtinPackages(): Promise<ProjectPackages> {
  const builtins = await builtinsFromNodeModules();
  const source = registrySource({
    registry: "http://127.0.0.1:9",
    cache: memoryCache(),
    readBuiltin: builtins.readBuiltin,
    fetch: () => Promise.reject(new Error("this test has no registry")),
  });
  return {
    dependencies: {},
    lock: emptyLockfile(),
    builtins: builtins.lock,
    load: loadPackage(source, emptyLockfile(), builtins.lock),
  };
}

describe("bundleEntry (esbuild with the preview's plugin)", () => {
  it("bundles project files and the built-in packages, and leaves URL imports to the browser", async () => {
    const result = await bundleEntry(build, {
      entry: "src/main.tsx",
      files: files({
        "src/main.tsx": `import { h } from "preact"; import { greet } from "./greet"; import confetti from "https://cdn.example/canvas-confetti"; import "../style.css"; console.log(h(), greet(), confetti);`,
        "src/greet.ts": `export const greet = (): string => "from greet";`,
        "style.css": "body { color: red }",
      }),
      packages: await builtinPackages(),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.js).toContain("npm:preact@11.2.0/");
    expect(result.js).toContain("from greet");
    expect(result.js).toContain('from "https://cdn.example/canvas-confetti"');
    expect(result.css).toContain("color: red");
  });

  it("reports a syntax error with its file, line and 1-based column", async () => {
    const result = await bundleEntry(build, {
      entry: "src/main.tsx",
      files: files({ "src/main.tsx": "const ok = 1;\nconst broken = ;\n" }),
      packages: await builtinPackages(),
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ text: 'Unexpected ";"', file: "src/main.tsx", line: 2, column: 16 }],
    });
  });

  it("reports an import of a missing file where it is written", async () => {
    const result = await bundleEntry(build, {
      entry: "main.js",
      files: files({ "main.js": 'import "./nope.js";' }),
      packages: await builtinPackages(),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: "main.js", line: 1, text: expect.stringContaining("nope.js") });
  });
});
