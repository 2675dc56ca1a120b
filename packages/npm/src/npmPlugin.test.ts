import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyLockfile, type Lockfile } from "./Lockfile.ts";
import { loadPackage } from "./loadPackage.ts";
import { npmPlugin, type ProjectPackages } from "./npmPlugin.ts";
import { registrySource } from "./registrySource.ts";
import { resolveLock } from "./resolveLock.ts";
import { builtinsFromNodeModules } from "./test/builtinsFromNodeModules.ts";
import { memoryCache } from "./test/memoryCache.ts";
import { startFakeRegistry, type FakeRegistry } from "./test/startFakeRegistry.ts";

let registry: FakeRegistry;
let builtins: Awaited<ReturnType<typeof builtinsFromNodeModules>>;
beforeAll(async () => {
  builtins = await builtinsFromNodeModules();
  registry = await startFakeRegistry([
    "mrmime",
    {
      files: {
        "package.json": JSON.stringify({
          name: "greet",
          version: "1.0.0",
          type: "module",
          dependencies: { mrmime: "^2.0.0" },
          exports: "./src/index.js",
          imports: { "#name": "./src/name.js" },
        }),
        "src/index.js":
          'import name from "#name";\nimport { lookup } from "mrmime";\nexport const greet = () => `hi ${name} ${lookup("a.css")}`;',
        "src/name.js": 'export default "wove";',
      },
    },
    {
      files: {
        "package.json": JSON.stringify({ name: "greet-dep", version: "1.0.0", dependencies: { greet: "^1.0.0" } }),
        "index.js": 'export { greet } from "greet";',
      },
    },
  ]);
});
afterAll(() => registry.close());

const loaderOf = (path: string): "json" | "js" => (path.endsWith(".json") ? "json" : "js");

async function bundle(source: string, dependencies: Record<string, string>, lock?: Lockfile) {
  const from = registrySource({ registry: registry.url, cache: memoryCache(), readBuiltin: builtins.readBuiltin });
  const resolved = await resolveLock({
    dependencies,
    lock: lock ?? emptyLockfile(),
    builtins: builtins.lock,
    source: from,
  });
  if (!resolved.ok) throw new Error(resolved.error);
  const packages: ProjectPackages = {
    dependencies,
    lock: resolved.lock,
    builtins: builtins.lock,
    load: loadPackage(from, resolved.lock, builtins.lock),
  };
  const result = await build({
    stdin: { contents: source, loader: "tsx", sourcefile: "main.tsx" },
    bundle: true,
    write: false,
    format: "esm",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
    plugins: [npmPlugin(packages, { browser: true, conditions: [] }, loaderOf)],
  });
  return result.outputFiles[0]?.text ?? "";
}

describe("npmPlugin", () => {
  it("bundles a React app from the built-ins alone: react-dom/client, its scheduler, one React", async () => {
    const code = await bundle(
      'import { createRoot } from "react-dom/client";\ncreateRoot(document.body).render(<p>hi</p>);',
      {},
    );
    expect(registry.requests).toEqual([]);
    expect(code).toContain("react.transitional.element");
    expect(code).toContain("unstable_scheduleCallback");
    // esbuild heads each module it includes with its path: React's own file, once.
    expect(code.match(/\/\/ npm:react@19\.3\.1\/cjs\/react\.production\.js/g)).toHaveLength(1);
  });

  it("bundles a registry package through its exports, #imports and its own dependencies", async () => {
    const code = await bundle('import { greet } from "greet-dep";\nconsole.log(greet());', { "greet-dep": "^1.0.0" });
    expect(code).toContain('"wove"');
    expect(code).toContain("text/css");
  });

  it("says to add an undeclared package to package.json", async () => {
    await expect(bundle('import "left-pad";', {})).rejects.toThrow(
      'Cannot import "left-pad": add "left-pad" to package.json\'s dependencies',
    );
  });
});
