import { describe, expect, it } from "vitest";
import { readFenceInfo } from "./readFenceInfo.ts";

describe("readFenceInfo", () => {
  it("reads the language and the proposed file's path", () => {
    expect(readFenceInfo("ts path=src/a.ts")).toEqual({ lang: "ts", path: "src/a.ts" });
    expect(readFenceInfo('  md   path="docs/my notes.md" ')).toEqual({ lang: "md", path: "docs/my notes.md" });
    expect(readFenceInfo("path=./README.md")).toEqual({ lang: "", path: "README.md" });
  });

  it("answers no path for an ordinary block", () => {
    expect(readFenceInfo("python")).toEqual({ lang: "python", path: null });
    expect(readFenceInfo("")).toEqual({ lang: "", path: null });
    expect(readFenceInfo("ts mypath=x.ts")).toEqual({ lang: "ts", path: null });
  });
});
