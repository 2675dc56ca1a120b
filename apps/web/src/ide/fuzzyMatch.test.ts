import { describe, expect, it } from "vitest";
import { fuzzyFilter, fuzzyScore } from "./fuzzyMatch.ts";

describe("fuzzyScore", () => {
  it("matches a subsequence regardless of case", () => {
    expect(fuzzyScore("APP", "src/app.ts")).not.toBeNull();
    expect(fuzzyScore("sat", "src/app.ts")).not.toBeNull();
  });

  it("refuses text missing a query character", () => {
    expect(fuzzyScore("xyz", "src/app.ts")).toBeNull();
    expect(fuzzyScore("ppa", "pa")).toBeNull();
  });

  it("matches everything with an empty query", () => {
    expect(fuzzyScore("", "anything")).toBe(0);
  });
});

describe("fuzzyFilter", () => {
  const paths = ["src/api/paths.ts", "src/app.ts", "README.md", "src/components/AppShell.tsx"];

  it("ranks consecutive matches in the file name first", () => {
    expect(fuzzyFilter(paths, "app", (p) => p)[0]).toBe("src/app.ts");
  });

  it("drops what does not match and keeps the limit", () => {
    expect(fuzzyFilter(paths, "readme", (p) => p)).toEqual(["README.md"]);
    expect(fuzzyFilter(paths, "", (p) => p, 2)).toHaveLength(2);
  });
});
