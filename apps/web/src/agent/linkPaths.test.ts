import { describe, expect, it } from "vitest";
import { linkPaths } from "./linkPaths.ts";

const paths = ["src/main.tsx", "src/main.ts", "index.html", "main.tsx"];

describe("linkPaths", () => {
  it("finds the project's files in a log line, the longest where one starts another", () => {
    expect(linkPaths("created src/main.tsx and index.html.", paths)).toEqual([
      { kind: "text", text: "created " },
      { kind: "path", text: "src/main.tsx", path: "src/main.tsx" },
      { kind: "text", text: " and " },
      { kind: "path", text: "index.html", path: "index.html" },
      { kind: "text", text: "." },
    ]);
  });

  it("keeps a build error's line and column with the path", () => {
    expect(linkPaths('src/main.tsx:5:39: Expected ")"', paths)).toEqual([
      { kind: "path", text: "src/main.tsx:5:39", path: "src/main.tsx", at: { line: 5, column: 39 } },
      { kind: "text", text: ': Expected ")"' },
    ]);
  });

  it("does not link a name that is only part of a longer one, or a file the project does not have", () => {
    expect(linkPaths("wrote xsrc/main.tsx, src/main.tsx.bak and other.ts", paths)).toEqual([
      { kind: "text", text: "wrote xsrc/main.tsx, src/main.tsx.bak and other.ts" },
    ]);
    expect(linkPaths("", paths)).toEqual([]);
  });
});
