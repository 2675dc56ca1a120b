import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { metaOf } from "./fileTree.ts";
import { ProjectKind, readKindPaths, readProjectKind, writeProjectKind } from "./projectKind.ts";

describe("the project's kind (SPEC.md)", () => {
  it("D14: is unset until someone chooses one, and clears back to detection", () => {
    const doc = new Y.Doc();
    expect(readProjectKind(doc)).toBeNull();
    writeProjectKind(doc, ProjectKind.Worker);
    expect(readProjectKind(doc)).toBe("worker");
    writeProjectKind(doc, null);
    expect(readProjectKind(doc)).toBeNull();
  });

  it("D14: keeps the other deploy settings of a plain object written before", () => {
    const doc = new Y.Doc();
    metaOf(doc).set("deploy", { entry: "api/main.ts", network: true });
    writeProjectKind(doc, ProjectKind.FullStack);
    expect(metaOf(doc).toJSON()).toEqual({ deploy: { entry: "api/main.ts", network: true, kind: "fullstack" } });
  });

  it("D14: reads the Worker entry and assets folder the project names, as deploys do", () => {
    const doc = new Y.Doc();
    expect(readKindPaths(doc)).toEqual({ entry: null, assets: null });
    metaOf(doc).set("deploy", { entry: "./api/main.ts", assets: "/static/", kind: "worker" });
    expect(readKindPaths(doc)).toEqual({ entry: "api/main.ts", assets: "static" });
    metaOf(doc).set("deploy", { entry: 42, assets: "" });
    expect(readKindPaths(doc)).toEqual({ entry: null, assets: "" });
  });

  it("D14: ignores a kind it does not know", () => {
    const doc = new Y.Doc();
    metaOf(doc).set("deploy", { kind: "mainframe" });
    expect(readProjectKind(doc)).toBeNull();
  });

  it("D14: keeps both people's fields when they set different ones at once", () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    writeProjectKind(a, ProjectKind.Static);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeProjectKind(a, ProjectKind.Worker);
    (metaOf(b).get("deploy") as Y.Map<unknown>).set("entry", "src/worker.ts");
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(metaOf(a).toJSON()).toEqual({ deploy: { kind: "worker", entry: "src/worker.ts" } });
    expect(metaOf(b).toJSON()).toEqual(metaOf(a).toJSON());
  });
});
