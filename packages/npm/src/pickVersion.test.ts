import { describe, expect, it } from "vitest";
import { pickVersion } from "./pickVersion.ts";

const versions = (...list: string[]) => Object.fromEntries(list.map((v) => [v, { version: v, dist: { tarball: "" } }]));

describe("pickVersion", () => {
  const packument = {
    "dist-tags": { latest: "2.1.0", next: "3.0.0-rc.1" },
    versions: versions("1.0.0", "1.4.2", "2.0.0", "2.1.0", "2.2.0-beta.1", "3.0.0-rc.1"),
  };

  it("picks the highest version a caret range accepts", () => {
    expect(pickVersion(packument, "^1.0.0")).toBe("1.4.2");
  });

  it("prefers latest when the range accepts it, as npm does", () => {
    expect(pickVersion(packument, "*")).toBe("2.1.0");
    expect(pickVersion(packument, ">=2")).toBe("2.1.0");
  });

  it("answers a dist-tag with the version it names", () => {
    expect(pickVersion(packument, "next")).toBe("3.0.0-rc.1");
    expect(pickVersion(packument, "latest")).toBe("2.1.0");
  });

  it("answers null when nothing satisfies, or the range is neither a range nor a tag", () => {
    expect(pickVersion(packument, "^4.0.0")).toBeNull();
    expect(pickVersion(packument, "nightly")).toBeNull();
  });
});
