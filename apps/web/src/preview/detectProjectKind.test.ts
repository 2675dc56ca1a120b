import { ProjectKind } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import { detectProjectKind } from "./detectProjectKind.ts";

describe("detectProjectKind", () => {
  it("calls a project with an index.html and no Worker entry a static site served from the root", () => {
    expect(detectProjectKind(["index.html", "style.css", "src/main.tsx"])).toMatchObject({
      kind: "static",
      entry: null,
      assetsDir: "",
      reason: "index.html",
      chosen: false,
    });
  });

  it("finds a Worker by its entry file, in the deploy's order", () => {
    expect(detectProjectKind(["src/worker.ts", "README.md"])).toMatchObject({ kind: "worker", entry: "src/worker.ts" });
    expect(detectProjectKind(["worker.js", "src/worker.ts"])).toMatchObject({ entry: "worker.js" });
  });

  it("calls a Worker with files under public/ a full stack project", () => {
    expect(detectProjectKind(["worker.ts", "public/index.html"])).toMatchObject({
      kind: "fullstack",
      entry: "worker.ts",
      assetsDir: "public",
    });
  });

  it("uses the entry named in the project's meta", () => {
    expect(detectProjectKind(["api/main.ts"], { entry: "api/main.ts" })).toMatchObject({
      kind: "worker",
      entry: "api/main.ts",
    });
  });

  it("serves the assets folder the project's meta names, as a deploy does", () => {
    expect(detectProjectKind(["worker.ts", "static/index.html"], { assets: "static" })).toMatchObject({
      kind: "fullstack",
      assetsDir: "static",
    });
  });

  it("lets the project's chosen kind win over detection", () => {
    expect(detectProjectKind(["worker.ts", "index.html"], { kind: ProjectKind.Static })).toMatchObject({
      kind: "static",
      chosen: true,
      reason: "chosen for this project",
    });
    expect(detectProjectKind(["index.html"], { kind: ProjectKind.Worker })).toMatchObject({
      kind: "worker",
      entry: "worker.js",
    });
  });
});
