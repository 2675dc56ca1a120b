import { describe, expect, it } from "vitest";
import { searchProject } from "./searchProject.ts";

const files = [
  { fileId: "b", path: "src/b.ts", text: "const Hello = 1;\nhello();\n" },
  { fileId: "a", path: "README.md", text: "# hello world\nnothing here" },
];

describe("searchProject", () => {
  it("finds every matching line in path order, with 1-based positions", () => {
    const { hits, truncated } = searchProject(files, "hello", { caseSensitive: false, limit: 100 });
    expect(truncated).toBe(false);
    expect(hits.map((h) => [h.path, h.line, h.column])).toEqual([
      ["README.md", 1, 3],
      ["src/b.ts", 1, 7],
      ["src/b.ts", 2, 1],
    ]);
  });

  it("respects case when asked", () => {
    const { hits } = searchProject(files, "Hello", { caseSensitive: true, limit: 100 });
    expect(hits.map((h) => h.path)).toEqual(["src/b.ts"]);
  });

  it("treats the query as text, not a pattern", () => {
    const { hits } = searchProject([{ fileId: "x", path: "x", text: "a.b\naxb" }], "a.b", {
      caseSensitive: false,
      limit: 10,
    });
    expect(hits).toHaveLength(1);
  });

  it("stops at the limit and says so", () => {
    const { hits, truncated } = searchProject(files, "h", { caseSensitive: false, limit: 2 });
    expect(hits).toHaveLength(2);
    expect(truncated).toBe(true);
  });

  it("cuts long lines around the match", () => {
    const text = `${"x".repeat(500)}needle${"y".repeat(500)}`;
    const [hit] = searchProject([{ fileId: "x", path: "x", text }], "needle", { caseSensitive: false, limit: 1 }).hits;
    expect(hit?.preview).toContain("needle");
    expect(hit?.preview.length).toBeLessThanOrEqual(202);
  });

  it("finds nothing for an empty query", () => {
    expect(searchProject(files, "", { caseSensitive: false, limit: 10 }).hits).toEqual([]);
  });
});
