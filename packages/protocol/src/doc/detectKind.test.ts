import { describe, expect, it } from "vitest";
import { detectKind } from "./detectKind.ts";

describe("detectKind", () => {
  it("calls a project without a Worker entry a static site served from its root", () => {
    expect(detectKind(["index.html", "style.css"])).toMatchObject({ kind: "static", assetsDir: "" });
  });

  it("finds a Worker by its conventional entry files", () => {
    expect(detectKind(["worker.js"])).toMatchObject({ kind: "worker", entry: "worker.js" });
    expect(detectKind(["src/worker.ts", "README.md"])).toMatchObject({ kind: "worker", entry: "src/worker.ts" });
  });

  it("calls a Worker with files under public/ full stack", () => {
    expect(detectKind(["src/worker.ts", "public/index.html"])).toMatchObject({
      kind: "fullstack",
      entry: "src/worker.ts",
      assetsDir: "public",
    });
  });

  it("follows the project's settings over detection", () => {
    expect(detectKind(["worker.js", "index.html"], { kind: "static" })).toMatchObject({
      kind: "static",
      assetsDir: "",
    });
    expect(detectKind(["api/main.ts"], { entry: "api/main.ts" })).toMatchObject({
      kind: "worker",
      entry: "api/main.ts",
    });
    expect(detectKind(["api/main.ts", "site/a.html"], { entry: "api/main.ts", assets: "site" })).toMatchObject({
      kind: "fullstack",
      assetsDir: "site",
    });
  });
});
