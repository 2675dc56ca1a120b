import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emptyLockfile, writeLockfile } from "./Lockfile.ts";
import { registrySource } from "./registrySource.ts";
import { resolveLock } from "./resolveLock.ts";
import { builtinsFromNodeModules } from "./test/builtinsFromNodeModules.ts";
import { memoryCache } from "./test/memoryCache.ts";
import { startFakeRegistry, type FakeRegistry } from "./test/startFakeRegistry.ts";

const pkg = (name: string, version: string, extra: Record<string, unknown> = {}) => ({
  files: {
    "package.json": JSON.stringify({ name, version, ...extra }),
    "index.js": `export default "${name}@${version}";`,
  },
});

let registry: FakeRegistry;
let builtins: Awaited<ReturnType<typeof builtinsFromNodeModules>>;
beforeAll(async () => {
  builtins = await builtinsFromNodeModules();
  registry = await startFakeRegistry([
    "mrmime",
    pkg("left", "1.0.0"),
    pkg("left", "1.2.0"),
    pkg("left", "2.0.0"),
    pkg("uses-left", "1.0.0", { dependencies: { left: "^2.0.0" } }),
    pkg("@wove-test/scoped", "0.3.0", { dependencies: { left: "~1.0.0" } }),
    pkg("runs-scripts", "1.0.0", { scripts: { install: "node-gyp rebuild" } }),
    pkg("react", "18.3.1"),
  ]);
});
afterAll(() => registry.close());
beforeEach(() => {
  registry.requests.length = 0;
});

const source = () =>
  registrySource({ registry: registry.url, cache: memoryCache(), readBuiltin: builtins.readBuiltin });
const resolve = (dependencies: Record<string, string>, lock = emptyLockfile(), from = source()) =>
  resolveLock({ dependencies, lock, builtins: builtins.lock, source: from });

describe("resolveLock", () => {
  it("pins every range, transitively, each package getting the major it asks for", async () => {
    const result = await resolve({ left: "^1.0.0", "uses-left": "1", "@wove-test/scoped": "^0.3.0" });
    expect(result).toMatchObject({ ok: true, changed: true });
    if (!result.ok) return;
    expect(result.lock.specifiers).toEqual({
      "left@^1.0.0": "1.2.0",
      "uses-left@1": "1.0.0",
      "left@^2.0.0": "2.0.0",
      "@wove-test/scoped@^0.3.0": "0.3.0",
      "left@~1.0.0": "1.0.0",
    });
    expect(result.lock.packages["left@2.0.0"]?.resolved).toBe(`${registry.url}/left/-/left-2.0.0.tgz`);
    expect(result.lock.packages["left@2.0.0"]?.integrity).toMatch(/^sha512-/);
  });

  it("resolves React from the built-ins with no network when their versions satisfy the range", async () => {
    const result = await resolve({ react: "^19.0.0", "react-dom": "^19.0.0" });
    expect(result).toMatchObject({ ok: true, fetched: [] });
    expect(registry.requests).toEqual([]);
    if (!result.ok) return;
    expect(result.lock.packages["react-dom@19.3.1"]?.resolved).toBe("builtin:react-dom-19.3.1.tgz");
    expect(result.lock.specifiers["scheduler@^0.28.0"]).toBe("0.28.0");
  });

  it("goes to the registry for a range the built-ins do not satisfy", async () => {
    const result = await resolve({ react: "^18.0.0" });
    expect(result).toMatchObject({ ok: true, lock: { specifiers: { "react@^18.0.0": "18.3.1" } } });
  });

  it("keeps a lock that still satisfies package.json without asking the registry, and writes the same bytes", async () => {
    const first = await resolve({ left: "^1.0.0", mrmime: "^2.0.0" });
    if (!first.ok) throw new Error(first.error);
    registry.requests.length = 0;
    const second = await resolve({ left: "^1.0.0", mrmime: "^2.0.0" }, first.lock);
    expect(second).toMatchObject({ ok: true, changed: false, fetched: [] });
    expect(registry.requests).toEqual([]);
    if (second.ok) expect(writeLockfile(second.lock)).toBe(writeLockfile(first.lock));
  });

  it("drops what package.json no longer asks for", async () => {
    const first = await resolve({ left: "^1.0.0", "uses-left": "1" });
    if (!first.ok) throw new Error(first.error);
    const second = await resolve({ left: "^1.0.0" }, first.lock);
    expect(second).toMatchObject({ ok: true, changed: true });
    if (second.ok) expect(Object.keys(second.lock.packages)).toEqual(["left@1.2.0"]);
  });

  it("refuses a package with install scripts before downloading it", async () => {
    expect(await resolve({ "runs-scripts": "^1.0.0" })).toEqual({
      ok: false,
      error: expect.stringContaining("runs-scripts@1.0.0 has install scripts (install)"),
    });
    expect(registry.requests.filter((path) => path.endsWith(".tgz"))).toEqual([]);
  });

  it("says which package and range cannot be resolved", async () => {
    expect(await resolve({ left: "^9.0.0" })).toEqual({
      ok: false,
      error: 'no version of left satisfies "^9.0.0" (the registry has latest 2.0.0)',
    });
    expect(await resolve({ "no-such-package": "1" })).toEqual({
      ok: false,
      error: expect.stringContaining('has no package "no-such-package"'),
    });
  });

  it("resolves from cached packuments, and reads cached tarballs, when the registry is down", async () => {
    const cache = memoryCache();
    const up = registrySource({ registry: registry.url, cache, readBuiltin: builtins.readBuiltin });
    const first = await resolve({ mrmime: "^2.0.0" }, emptyLockfile(), up);
    if (!first.ok) throw new Error(first.error);
    const entry = first.lock.packages["mrmime@2.0.1"]!;
    await up.tarball("mrmime@2.0.1", entry);
    const down = registrySource({
      registry: registry.url,
      cache,
      readBuiltin: builtins.readBuiltin,
      fetch: () => Promise.reject(new Error("offline")),
    });
    expect(await resolve({ mrmime: "^2.0.0" }, emptyLockfile(), down)).toMatchObject({ ok: true });
    expect((await down.tarball("mrmime@2.0.1", entry)).byteLength).toBeGreaterThan(0);
  });
});
