import { describe, expect, it } from "vitest";
import { ideProjectId } from "./ideProjectId.ts";

describe("ideProjectId", () => {
  it("knows the IDE and its deep links", () => {
    expect(ideProjectId("/p/abc")).toBe("abc");
    expect(ideProjectId("/p/abc/")).toBe("abc");
    expect(ideProjectId("/p/abc/src/main.ts")).toBe("abc");
    expect(ideProjectId("/p/abc/src/settings")).toBe("abc");
  });

  it("leaves out the project's settings page and every other page", () => {
    expect(ideProjectId("/p/abc/settings")).toBeUndefined();
    expect(ideProjectId("/p/abc/settings/")).toBeUndefined();
    expect(ideProjectId("/")).toBeUndefined();
    expect(ideProjectId("/p/")).toBeUndefined();
    expect(ideProjectId("/settings")).toBeUndefined();
    expect(ideProjectId("/p/%E0%A4%A")).toBeUndefined();
  });
});
