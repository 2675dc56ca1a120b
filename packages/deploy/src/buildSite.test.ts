import * as esbuild from "esbuild-wasm";
import { describe, expect, it } from "vitest";
import { registrySource, resolveProject, type ProjectPackages } from "@wove/npm";
import { builtinsFromNodeModules } from "../../npm/src/test/builtinsFromNodeModules.ts";
import { memoryCache } from "../../npm/src/test/memoryCache.ts";
import { buildSite } from "./buildSite.ts";
import type { SourceFiles } from "./Snapshot.ts";
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
  });

  it("takes the document's meta.deploy.network as a request to show, never as a grant", async () => {
    const files = await sourceFiles({ "worker.js": "export default { fetch: () => fetch('https://example.com') };" });
    const result = await buildSite(esbuild, files, { network: true });
    if (!result.ok) throw new Error(result.log.join("\n"));
    expect(result.build.worker).not.toHaveProperty("network");
    expect(result.log).toContain(
      "The project asks for network access (meta.deploy.network); only the owner grants it, in Site settings",
    );
  });

  it("fails a syntax error with the file, line and column in the log", async () => {
    const files = await sourceFiles({ "worker.js": "export default {\n  fetch() { return new Response( }\n};" });
    const result = await buildSite(esbuild, files, {});
    expect(result.ok).toBe(false);
    expect(result.log.join("\n")).toMatch(/worker\.js:2:\d+: /);
  });

  it("says to add a bare import the project does not declare to package.json", async () => {
    const files = await sourceFiles({
      "worker.js": `import pad from "left-pad"; export default { fetch: () => new Response(pad("a", 3)) };`,
    });
    const result = await buildSite(esbuild, files, {}, await projectPackages(files));
    expect(result.ok).toBe(false);
    expect(result.log.join("\n")).toContain(`Cannot import "left-pad": add "left-pad" to package.json's dependencies`);
  });

  it("bundles React and ReactDOM into a page from the built-ins, as the preview does", async () => {
    const files = await sourceFiles({
      "index.html": `<div id="root"></div><script type="module" src="/src/main.tsx"></script>`,
      "src/main.tsx": `import { createRoot } from "react-dom/client";\ncreateRoot(document.getElementById("root")!).render(<h1>Hi</h1>);`,
    });
    const result = await buildSite(esbuild, files, {}, await projectPackages(files));
    if (!result.ok) throw new Error(result.log.join("\n"));
    const bundle = result.build.files.find((f) => f.urlPath.startsWith("/assets/main-"));
    const code = new TextDecoder().decode(bundle?.bytes);
    expect(code).toContain("react.transitional.element");
    expect(code).not.toContain("process.env.NODE_ENV");
  });

  it("keeps a URL import in a page and refuses one in a Worker, saying what to do instead", async () => {
    const page = await sourceFiles({
      "index.html": `<script type="module" src="/main.ts"></script>`,
      "main.ts": `import confetti from "https://esm.sh/canvas-confetti@1"; confetti();`,
    });
    const built = await buildSite(esbuild, page, {}, await projectPackages(page));
    if (!built.ok) throw new Error(built.log.join("\n"));
    const code = new TextDecoder().decode(built.build.files.find((f) => f.urlPath.startsWith("/assets/"))?.bytes);
    expect(code).toContain(`from "https://esm.sh/canvas-confetti@1"`);

    const worker = await sourceFiles({
      "worker.js": `import { Hono } from "https://esm.sh/hono@4"; export default new Hono();`,
    });
    const refused = await buildSite(esbuild, worker, {}, await projectPackages(worker));
    expect(refused.ok).toBe(false);
    expect(refused.log.join("\n")).toContain(
      `Cannot import "https://esm.sh/hono@4": a Worker cannot import URLs; add the package to package.json's dependencies and import it by name`,
    );
    expect(refused.log.join("\n")).not.toContain("not bundled by deploys yet");
  });
});

/** The project's packages with the built-ins and no registry at all (a fetch fails the test). */
async function projectPackages(files: SourceFiles): Promise<ProjectPackages> {
  const builtins = await builtinsFromNodeModules();
  const text = (path: string) => {
    const file = files.get(path);
    return file && new TextDecoder().decode(file.bytes);
  };
  const resolved = await resolveProject({
    packageJson: text("package.json"),
    lockText: text("wove-lock.json"),
    builtins: builtins.lock,
    source: registrySource({
      registry: "http://127.0.0.1:9",
      cache: memoryCache(),
      readBuiltin: builtins.readBuiltin,
      fetch: () => Promise.reject(new Error("this test has no registry")),
    }),
  });
  if (!resolved.ok) throw new Error(resolved.error);
  return resolved.packages;
}
