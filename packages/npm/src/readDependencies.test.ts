import { describe, expect, it } from "vitest";
import { readDependencies } from "./readDependencies.ts";

describe("readDependencies", () => {
  it("reads dependencies and devDependencies, dependencies winning", () => {
    const text = JSON.stringify({
      dependencies: { react: "^19.0.0" },
      devDependencies: { react: "18", "@a/b": "~1.2" },
    });
    expect(readDependencies(text)).toEqual({ ok: true, dependencies: { react: "^19.0.0", "@a/b": "~1.2" } });
  });

  it("has nothing to resolve without a package.json", () => {
    expect(readDependencies(undefined)).toEqual({ ok: true, dependencies: {} });
  });

  it("refuses ranges that are not registry versions, naming the package", () => {
    for (const range of ["github:a/b", "file:../x", "workspace:*", "a/b"])
      expect(readDependencies(JSON.stringify({ dependencies: { x: range } }))).toEqual({
        ok: false,
        error: expect.stringContaining(`x@"${range}" is not a version range`),
      });
  });

  it("says where package.json is broken", () => {
    expect(readDependencies("{")).toMatchObject({ ok: false, error: expect.stringContaining("not valid JSON") });
    expect(readDependencies('{"dependencies": []}')).toMatchObject({ ok: false });
  });
});
