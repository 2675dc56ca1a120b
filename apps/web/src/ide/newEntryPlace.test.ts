import { describe, expect, it } from "vitest";
import { describePlace, placeNewEntry } from "./newEntryPlace.ts";

describe("placeNewEntry", () => {
  it("puts a name in the folder the field was opened in", () => {
    expect(placeNewEntry("src", " app.ts ")).toEqual({ folder: "src", name: "app.ts" });
    expect(placeNewEntry("src", "lib/util.ts")).toEqual({ folder: "src", name: "lib/util.ts" });
  });

  it("reads a leading / as the project's root", () => {
    expect(placeNewEntry("src", "/x.ts")).toEqual({ folder: "", name: "x.ts" });
    expect(placeNewEntry("src/lib", "//docs/a.md")).toEqual({ folder: "", name: "docs/a.md" });
  });
});

describe("describePlace", () => {
  it("says where the name will go as it is typed", () => {
    expect(describePlace("src", "")).toBe("in src/ · start with / for the root");
    expect(describePlace("src", "/")).toBe("in the project's root");
    expect(describePlace("", "a.ts")).toBe("in the project's root");
  });
});
