import { describe, expect, it } from "vitest";
import { applyEdits, textChanges } from "./textChanges.ts";

const file = ["import { a } from './a';", "", "export function f() {", "  return a + 1;", "}", ""].join("\n");

describe("textChanges", () => {
  it("answers nothing for the same text", () => {
    expect(textChanges(file, file)).toEqual([]);
  });

  it("narrows a changed line to its changed characters", () => {
    const to = file.replace("a + 1", "a + 2");
    const edits = textChanges(file, to);
    expect(edits).toEqual([{ start: file.indexOf("1;"), end: file.indexOf("1;") + 1, text: "2" }]);
    expect(applyEdits(file, edits)).toBe(to);
  });

  it("leaves the lines between two changes untouched, unlike one prefix/suffix edit", () => {
    const to = `// header\n${file}// footer\n`;
    const edits = textChanges(file, to);
    expect(edits).toEqual([
      { start: 0, end: 0, text: "// header\n" },
      { start: file.length, end: file.length, text: "// footer\n" },
    ]);
    expect(applyEdits(file, edits)).toBe(to);
  });

  it("turns any text into any other, line endings and a missing last newline included", () => {
    const cases: [string, string][] = [
      ["", "new file\n"],
      ["a\nb\nc", "a\nB\nc\nd"],
      ["one\r\ntwo\r\n", "one\r\n2\r\nthree"],
      ["x\ny\nz\n", ""],
      ["😀 smile\n", "😃 smile\n"],
    ];
    for (const [from, to] of cases) expect(applyEdits(from, textChanges(from, to))).toBe(to);
  });
});
