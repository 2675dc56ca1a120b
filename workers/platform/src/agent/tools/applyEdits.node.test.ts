import { describe, expect, it } from "vitest";
import { applyEdits } from "./applyEdits.ts";

const app = `import { useState } from "react";

export default function App() {
  const [count, setCount] = useState(0);
  return (
    <button onClick={() => setCount(count + 1)}>
      Count: {count}
    </button>
  );
}
`;

describe("applyEdits", () => {
  it("applies each edit in order to the text the previous one left", () => {
    const result = applyEdits(app, [
      { find: "useState(0)", replace: "useState(10)" },
      // Only matches once the first edit has made it: "useState(10)" is not in the original.
      { find: "useState(10);\n  return (", replace: "useState(10);\n  const label = `Count: ${count}`;\n  return (" },
      { find: "      Count: {count}", replace: "      {label}" },
    ]);
    expect(result).toEqual({
      ok: true,
      changes: 3,
      text: `import { useState } from "react";

export default function App() {
  const [count, setCount] = useState(10);
  const label = \`Count: \${count}\`;
  return (
    <button onClick={() => setCount(count + 1)}>
      {label}
    </button>
  );
}
`,
    });
  });

  it("replaces literally: a $ in replace is not a pattern", () => {
    const result = applyEdits("const price = 0;\n", [{ find: "0", replace: "$& $1 $$" }]);
    expect(result).toEqual({ ok: true, text: "const price = $& $1 $$;\n", changes: 1 });
  });

  it("counts only the edits that changed the text", () => {
    const result = applyEdits(app, [
      { find: "useState(0)", replace: "useState(0)" },
      { find: "Count:", replace: "" },
    ]);
    expect(result).toEqual({ ok: true, text: app.replace("Count:", ""), changes: 1 });
  });

  it("applies nothing when a later edit fails, and names it with the lines where its find repeats", () => {
    const result = applyEdits(app, [
      { find: "useState(0)", replace: "useState(10)" },
      { find: "count", replace: "n" },
    ]);
    expect(result).toEqual({
      ok: false,
      error:
        "edit 2 of 2: find matched 3 times (in the file as edit 1 left it), at lines 4, 6, 7: add surrounding lines to make it unique. " +
        "No edit was applied: correct this one and send all 2 again.",
    });
  });

  it("counts overlapping occurrences as ambiguous", () => {
    const result = applyEdits("aaa\n", [{ find: "aa", replace: "b" }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain("find matched 2 times, at lines 1, 1");
  });

  it("shows the closest line of the file when find matches nothing", () => {
    const result = applyEdits(app, [
      { find: "useState(0)", replace: "useState(10)" },
      { find: "const [count, setCount] = useState(1);", replace: "const [n, setN] = useState(1);" },
      { find: "Count:", replace: "Clicks:" },
    ]);
    expect(result).toEqual({
      ok: false,
      error:
        "edit 2 of 3: find matched 0 times (in the file as edit 1 left it). " +
        `The line of the file closest to find's first line ("const [count, setCount] = useState(1);"):\n` +
        "4: const [count, setCount] = useState(10);\n" +
        "Copy find from the file exactly.\n" +
        "No edit was applied: correct this one and send all 3 again.",
    });
  });

  it("lists up to three close lines, the closest first", () => {
    const text = "const a = 1;\nconst b = 2;\nconst c = 3;\nconst d = 4;\nexport { a, b, c, d };\n";
    const result = applyEdits(text, [{ find: "const e = 5;", replace: "" }]);
    expect(!result.ok && result.error).toBe(
      "edit 1 of 1: find matched 0 times. " +
        `The lines of the file closest to find's first line ("const e = 5;"):\n` +
        "1: const a = 1;\n2: const b = 2;\n3: const c = 3;\n" +
        "Copy find from the file exactly.\n" +
        "The file was not changed: correct the edit and send it again.",
    );
  });

  it("says when no line resembles find, which usually means the file changed", () => {
    const result = applyEdits(app, [{ find: "<Route path='/settings' />", replace: "" }]);
    expect(!result.ok && result.error).toBe(
      "edit 1 of 1: find matched 0 times. " +
        `No line of the file resembles find's first line ("<Route path='/settings' />"): read the file again, it may have changed.\n` +
        "The file was not changed: correct the edit and send it again.",
    );
  });

  it("says the indentation differs, with the file's actual text, when find matches but for whitespace", () => {
    const result = applyEdits(app, [
      { find: "return (\n  <button onClick={() => setCount(count + 1)}>", replace: "return (\n    <button>" },
    ]);
    expect(!result.ok && result.error).toBe(
      "edit 1 of 1: find matched 0 times. " +
        "find matches lines 5-6 when whitespace is ignored: the indentation or spacing differs. The file has:\n" +
        "  return (\n    <button onClick={() => setCount(count + 1)}>\n" +
        "The file was not changed: correct the edit and send it again.",
    );
  });

  it("finds a one-line find whose spacing differs inside the line", () => {
    const result = applyEdits(app, [{ find: "const [count,setCount]  =  useState(0)", replace: "" }]);
    expect(!result.ok && result.error).toContain(
      "find matches line 4 when whitespace is ignored: the indentation or spacing differs. The file has:\n" +
        "  const [count, setCount] = useState(0);\n",
    );
  });

  it("lists the places a find matches when whitespace is ignored, if it matches several", () => {
    const text = "if (a) {\n  go();\n}\nif (b) {\n    go();\n}\n";
    const result = applyEdits(text, [{ find: "\tgo();", replace: "stop();" }]);
    expect(!result.ok && result.error).toContain(
      "find matches 2 places when whitespace is ignored (lines 2, 5): the indentation or spacing differs.",
    );
  });

  it("tells an LF find from a CRLF file, and where it would match with the file's line endings", () => {
    const crlf = app.replace(/\n/g, "\r\n");
    const result = applyEdits(crlf, [{ find: "return (\n    <button", replace: "return (\n    <a" }]);
    expect(!result.ok && result.error).toBe(
      "edit 1 of 1: find matched 0 times. " +
        "The file's lines end in CRLF (\\r\\n) but find's end in LF (\\n): with the file's line endings find matches line 5.\n" +
        "The file was not changed: correct the edit and send it again.",
    );
    // The same edit written with the file's endings applies.
    expect(applyEdits(crlf, [{ find: "return (\r\n    <button", replace: "return (\r\n    <a" }]).ok).toBe(true);
  });

  it("mentions the line endings along with the rest of the help when that is not all that differs", () => {
    const crlf = app.replace(/\n/g, "\r\n");
    const result = applyEdits(crlf, [{ find: "return (\n  <button", replace: "" }]);
    expect(!result.ok && result.error).toBe(
      "edit 1 of 1: find matched 0 times. " +
        "The file's lines end in CRLF (\\r\\n) but find's end in LF (\\n); write find with the file's line endings.\n" +
        "find matches lines 5-6 when whitespace is ignored: the indentation or spacing differs. The file has:\n" +
        "  return (\n    <button onClick={() => setCount(count + 1)}>\n" +
        "The file was not changed: correct the edit and send it again.",
    );
  });

  it("refuses an empty find, which would match everywhere", () => {
    expect(applyEdits(app, [{ find: "", replace: "x" }])).toEqual({
      ok: false,
      error:
        "edit 1 of 1: find is empty: give the exact text to replace. The file was not changed: correct the edit and send it again.",
    });
  });

  it("says the file is empty when it is", () => {
    expect(applyEdits("", [{ find: "x", replace: "y" }])).toEqual({
      ok: false,
      error:
        "edit 1 of 1: find matched 0 times. The file is empty.\nThe file was not changed: correct the edit and send it again.",
    });
  });
});
