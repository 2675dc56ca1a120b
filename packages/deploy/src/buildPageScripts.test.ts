import * as esbuild from "esbuild-wasm";
import { describe, expect, it } from "vitest";
import type { Build } from "./Build.ts";
import { buildSite } from "./buildSite.ts";
import { isHashedAssetName } from "./resolveAsset.ts";
import { sourceFiles } from "./test/memoryStore.ts";

async function built(texts: Record<string, string>): Promise<Build> {
  const result = await buildSite(esbuild, await sourceFiles(texts), {});
  if (!result.ok) throw new Error(result.log.join("\n"));
  return result.build;
}

const text = (build: Build, urlPath: string) =>
  new TextDecoder().decode(build.files.find((f) => f.urlPath === urlPath)?.bytes);

describe("buildPageScripts (through buildSite)", () => {
  it("builds the TSX entry index.html loads and points the page at the hashed bundle", async () => {
    const build = await built({
      "index.html": `<!doctype html><div id="app"></div><script type="module" src="/src/main.tsx"></script>`,
      "src/main.tsx": `/** @jsxRuntime classic @jsx h */
import { greet } from "./greet";
const h = (tag: string, _props: unknown, ...children: string[]): string => \`<\${tag}>\${children.join("")}</\${tag}>\`;
document.getElementById("app")!.innerHTML = <h1>{greet("you")}</h1>;`,
      "src/greet.ts": "export const greet = (name: string): string => `hello ${name}`;",
    });
    const bundle = build.files.find((f) => f.urlPath.startsWith("/assets/main-"));
    expect(bundle?.urlPath).toMatch(/^\/assets\/main-[0-9a-f]{12}\.js$/);
    expect(bundle?.type).toBe("text/javascript; charset=utf-8");
    expect(isHashedAssetName(bundle?.urlPath ?? "")).toBe(true);
    expect(text(build, "/index.html")).toBe(
      `<!doctype html><div id="app"></div><script type="module" src="${bundle?.urlPath}"></script>`,
    );
    const code = text(build, bundle?.urlPath ?? "");
    expect(code).toContain("hello ${name}");
    expect(code).toContain(`h("h1", null`);
    expect(code).not.toContain(": string");
  });

  it("resolves a relative src from the page's folder, under the assets folder, and builds a shared entry once", async () => {
    const build = await built({
      "worker.js": "export default { fetch: () => new Response('api') };",
      "public/index.html": `<script type='module' src='/app.ts'></script>`,
      "public/docs/page.html": `<script src="../app.ts" type="module"></script>`,
      "public/app.ts": "const n: number = 1; console.log(n);",
    });
    const bundles = build.files.filter((f) => f.urlPath.startsWith("/assets/app-"));
    expect(bundles).toHaveLength(1);
    expect(text(build, "/index.html")).toBe(`<script type='module' src='${bundles[0]?.urlPath}'></script>`);
    expect(text(build, "/docs/page.html")).toBe(`<script src="${bundles[0]?.urlPath}" type="module"></script>`);
  });

  it("leaves plain JavaScript, classic scripts and other origins as they are", async () => {
    const html = [
      `<script type="module" src="/main.js"></script>`,
      `<script src="/legacy.ts"></script>`,
      `<script type="module" src="https://example.com/lib.ts"></script>`,
    ].join("\n");
    const build = await built({ "index.html": html, "main.js": "console.log(1)", "legacy.ts": "x" });
    expect(text(build, "/index.html")).toBe(html);
    expect(build.files.some((f) => f.urlPath.startsWith("/assets/"))).toBe(false);
  });

  it("fails the build with file:line:column for an error, and names a missing entry", async () => {
    const broken = await buildSite(
      esbuild,
      await sourceFiles({
        "index.html": `<script type="module" src="./main.ts"></script>`,
        "main.ts": "const x: number = ;\n",
      }),
      {},
    );
    expect(broken.ok).toBe(false);
    expect(broken.log.join("\n")).toMatch(/Build failed:\nmain\.ts:1:\d+: /);

    const missing = await buildSite(
      esbuild,
      await sourceFiles({ "index.html": `<script type="module" src="/nope.tsx"></script>` }),
      {},
    );
    expect(missing.ok).toBe(false);
    expect(missing.log.join("\n")).toContain("nope.tsx: a page loads it, but the project has no such file");
  });
});
