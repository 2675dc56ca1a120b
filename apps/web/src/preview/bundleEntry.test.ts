import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { bundleEntry } from "./bundleEntry.ts";
import type { PreviewFile } from "./toDataUrl.ts";

// The npm esbuild has the same build API as esbuild-wasm, so the plugin runs here as in the browser.
const files = (entries: Record<string, string>) =>
  new Map<string, PreviewFile>(Object.entries(entries).map(([path, text]) => [path, { text }]));
// Vendored files as if already fetched from our origin.
const vendorCache = () =>
  new Map([["/preview-vendor/preact.js", Promise.resolve("export const h = () => 'vendored h';")]]);

describe("bundleEntry (esbuild with the preview's plugin)", () => {
  it("bundles project files and vendored packages, and leaves other packages to the CDN", async () => {
    const result = await bundleEntry(build, {
      entry: "src/main.tsx",
      files: files({
        "src/main.tsx": `import { h } from "preact"; import { greet } from "./greet"; import confetti from "canvas-confetti"; import "../style.css"; console.log(h(), greet(), confetti);`,
        "src/greet.ts": `export const greet = (): string => "from greet";`,
        "style.css": "body { color: red }",
      }),
      cdn: "https://cdn.example/",
      vendorCache: vendorCache(),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.js).toContain("vendored h");
    expect(result.js).toContain("from greet");
    expect(result.js).toContain('from "https://cdn.example/canvas-confetti"');
    expect(result.css).toContain("color: red");
  });

  it("reports a syntax error with its file, line and 1-based column", async () => {
    const result = await bundleEntry(build, {
      entry: "src/main.tsx",
      files: files({ "src/main.tsx": "const ok = 1;\nconst broken = ;\n" }),
      cdn: "https://esm.sh/",
      vendorCache: vendorCache(),
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
      cdn: "https://esm.sh/",
      vendorCache: vendorCache(),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: "main.js", line: 1, text: expect.stringContaining("nope.js") });
  });
});
