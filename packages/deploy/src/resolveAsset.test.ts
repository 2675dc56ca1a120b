import { describe, expect, it } from "vitest";
import type { Manifest } from "./Manifest.ts";
import { cacheControlFor, isHashedAssetName, resolveAsset } from "./resolveAsset.ts";

const file = { hash: "h", size: 1, type: "text/html" };
const manifest = (paths: string[]): Manifest => ({
  deploymentId: "d",
  version: 1,
  projectId: "p",
  kind: "static",
  createdAt: "",
  files: Object.fromEntries(paths.map((p) => [p, file])),
});

describe("resolveAsset", () => {
  it("answers the exact file, then .html, then a folder's index.html", () => {
    const m = manifest(["/index.html", "/about.html", "/docs/index.html", "/a b.txt"]);
    expect(resolveAsset(m, "/")).toMatchObject({ found: true, path: "/index.html" });
    expect(resolveAsset(m, "/about")).toMatchObject({ found: true, path: "/about.html" });
    expect(resolveAsset(m, "/docs")).toMatchObject({ found: true, path: "/docs/index.html" });
    expect(resolveAsset(m, "/docs/")).toMatchObject({ found: true, path: "/docs/index.html" });
    expect(resolveAsset(m, "/a%20b.txt")).toMatchObject({ found: true, path: "/a b.txt" });
  });

  it("offers the site's own 404.html for a missing path, when it has one", () => {
    expect(resolveAsset(manifest(["/index.html", "/404.html"]), "/nope")).toEqual({
      found: false,
      notFoundPage: { path: "/404.html", file },
    });
    expect(resolveAsset(manifest(["/index.html"]), "/nope")).toEqual({ found: false });
  });
});

describe("caching", () => {
  it("caches hashed names forever and revalidates the rest", () => {
    for (const hashed of ["/assets/index-BdX8_k2a.css", "/app.3f9a1c2e.js"]) {
      expect(isHashedAssetName(hashed), hashed).toBe(true);
      expect(cacheControlFor(hashed)).toBe("public, max-age=31536000, immutable");
    }
    for (const plain of ["/index.html", "/my-component.js", "/style.css"]) {
      expect(isHashedAssetName(plain), plain).toBe(false);
      expect(cacheControlFor(plain)).toContain("must-revalidate");
    }
  });
});
