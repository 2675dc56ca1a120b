import { describe, expect, it } from "vitest";
import { resolveImport } from "./resolveImport.ts";

const files = new Set(["src/main.tsx", "src/app.tsx", "src/util/index.ts", "style.css", "logo.png"]);
const exists = (path: string) => files.has(path);
const cdn = "https://esm.sh/";
const fromMain = { namespace: "project", path: "src/main.tsx" };

describe("resolveImport (the preview build's rules)", () => {
  it("finds project files relative to the importer, with or without extension", () => {
    expect(resolveImport("./app", fromMain, exists, cdn)).toEqual({ namespace: "project", path: "src/app.tsx" });
    expect(resolveImport("./app.tsx", fromMain, exists, cdn)).toEqual({ namespace: "project", path: "src/app.tsx" });
    expect(resolveImport("../style.css", fromMain, exists, cdn)).toEqual({ namespace: "project", path: "style.css" });
    expect(resolveImport("/logo.png", fromMain, exists, cdn)).toEqual({ namespace: "project", path: "logo.png" });
  });

  it("finds a folder's index", () => {
    expect(resolveImport("./util", fromMain, exists, cdn)).toEqual({ namespace: "project", path: "src/util/index.ts" });
  });

  it("says which file is missing", () => {
    expect(resolveImport("./nope", fromMain, exists, cdn)).toEqual({
      error: 'Could not find "./nope" (looked for src/nope in the project)',
    });
  });

  it("bundles the packages the platform vendors from our own origin", () => {
    expect(resolveImport("react", fromMain, exists, cdn)).toEqual({
      namespace: "vendor",
      path: "/preview-vendor/react.js",
    });
    expect(resolveImport("react-dom/client", fromMain, exists, cdn)).toEqual({
      namespace: "vendor",
      path: "/preview-vendor/react-dom-client.js",
    });
    expect(resolveImport("preact/hooks", fromMain, exists, cdn)).toMatchObject({
      path: "/preview-vendor/preact-hooks.js",
    });
  });

  it("sends every other bare import to the ESM CDN, and leaves URLs alone", () => {
    expect(resolveImport("lodash-es", fromMain, exists, cdn)).toEqual({ external: "https://esm.sh/lodash-es" });
    expect(resolveImport("@scope/pkg/sub", fromMain, exists, "https://cdn.example/")).toEqual({
      external: "https://cdn.example/@scope/pkg/sub",
    });
    expect(resolveImport("https://x.dev/a.js", fromMain, exists, cdn)).toEqual({ external: "https://x.dev/a.js" });
  });

  it("resolves a vendored file's chunks next to it", () => {
    const fromVendor = { namespace: "vendor", path: "/preview-vendor/react-dom-client.js" };
    expect(resolveImport("./chunk-ABC.js", fromVendor, exists, cdn)).toEqual({
      namespace: "vendor",
      path: "/preview-vendor/chunk-ABC.js",
    });
    expect(resolveImport("react", fromVendor, exists, cdn)).toEqual({
      namespace: "vendor",
      path: "/preview-vendor/react.js",
    });
  });
});
