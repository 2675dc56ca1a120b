import * as esbuild from "esbuild-wasm";
import { describe, expect, it } from "vitest";
import { buildSite } from "./buildSite.ts";
import { sourceFiles } from "./test/memoryStore.ts";

describe("buildSite", () => {
  it("serves a static site's files under their URL paths, dotfiles left out", async () => {
    const files = await sourceFiles({ "index.html": "<h1>hi</h1>", "css/a.css": "a{}", ".env": "SECRET=1" });
    const result = await buildSite(esbuild, files, {});
    if (!result.ok) throw new Error(result.log.join("\n"));
    expect(result.build.files.map((f) => [f.urlPath, f.type])).toEqual([
      ["/index.html", "text/html; charset=utf-8"],
      ["/css/a.css", "text/css; charset=utf-8"],
    ]);
    expect(result.build.worker).toBeUndefined();
  });

  it("bundles a TypeScript Worker with its relative imports", async () => {
    const files = await sourceFiles({
      "src/worker.ts": `import { greet } from "./greet"; export default { fetch: () => new Response(greet("you")) };`,
      "src/greet.ts": "export const greet = (name: string): string => `hello ${name}`;",
    });
    const result = await buildSite(esbuild, files, {});
    if (!result.ok) throw new Error(result.log.join("\n"));
    const code = new TextDecoder().decode(result.build.worker?.code);
    expect(code).toContain("hello ${name}");
    expect(code).not.toContain(": string");
    expect(result.build.worker?.network).toBe(false);
  });

  it("fails a syntax error with the file, line and column in the log", async () => {
    const files = await sourceFiles({ "worker.js": "export default {\n  fetch() { return new Response( }\n};" });
    const result = await buildSite(esbuild, files, {});
    expect(result.ok).toBe(false);
    expect(result.log.join("\n")).toMatch(/worker\.js:2:\d+: /);
  });

  it("refuses a bare npm import with a message that says why", async () => {
    const files = await sourceFiles({
      "worker.js": `import React from "react"; export default { fetch: () => new Response(String(React)) };`,
    });
    const result = await buildSite(esbuild, files, {});
    expect(result.ok).toBe(false);
    expect(result.log.join("\n")).toContain(`Cannot import "react"`);
  });
});
