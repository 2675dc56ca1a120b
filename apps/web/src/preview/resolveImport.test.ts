import { describe, expect, it } from "vitest";
import { resolveImport } from "./resolveImport.ts";

const files = new Set(["src/main.tsx", "src/app.tsx", "src/util/index.ts", "style.css", "logo.png"]);
const exists = (path: string) => files.has(path);
const fromMain = { namespace: "project", path: "src/main.tsx" };

describe("resolveImport (the preview build's rules)", () => {
  it("finds project files relative to the importer, with or without extension", () => {
    expect(resolveImport("./app", fromMain, exists)).toEqual({ namespace: "project", path: "src/app.tsx" });
    expect(resolveImport("./app.tsx", fromMain, exists)).toEqual({ namespace: "project", path: "src/app.tsx" });
    expect(resolveImport("../style.css", fromMain, exists)).toEqual({ namespace: "project", path: "style.css" });
    expect(resolveImport("/logo.png", fromMain, exists)).toEqual({ namespace: "project", path: "logo.png" });
  });

  it("finds a folder's index", () => {
    expect(resolveImport("./util", fromMain, exists)).toEqual({ namespace: "project", path: "src/util/index.ts" });
  });

  it("says which file is missing", () => {
    expect(resolveImport("./nope", fromMain, exists)).toEqual({
      error: 'Could not find "./nope" (looked for src/nope in the project)',
    });
  });

  it("leaves URLs for the browser, and bare imports to the npm plugin (one reaching here is undeclared)", () => {
    expect(resolveImport("https://x.dev/a.js", fromMain, exists)).toEqual({ external: "https://x.dev/a.js" });
    expect(resolveImport("lodash-es", fromMain, exists)).toEqual({
      error: `Cannot import "lodash-es": add it to package.json's dependencies`,
    });
  });
});
