import { describe, expect, it } from "vitest";
import { ideLinkedPath } from "./ideLinkedPath.ts";

describe("ideLinkedPath", () => {
  it("reads the file path of a deep link, decoded", () => {
    expect(ideLinkedPath("/p/abc/src/main.ts")).toBe("src/main.ts");
    expect(ideLinkedPath("/p/abc/notes/a%20b.md")).toBe("notes/a b.md");
    expect(ideLinkedPath("/p/abc/src/settings")).toBe("src/settings");
  });

  it("has none for the IDE without a file, a malformed escape, or any other page", () => {
    expect(ideLinkedPath("/p/abc")).toBeUndefined();
    expect(ideLinkedPath("/p/abc/")).toBeUndefined();
    expect(ideLinkedPath("/p/abc/%E0%A4%A")).toBeUndefined();
    expect(ideLinkedPath("/p/abc/settings")).toBeUndefined();
    expect(ideLinkedPath("/settings")).toBeUndefined();
  });
});
