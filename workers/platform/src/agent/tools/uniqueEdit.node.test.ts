import { describe, expect, it } from "vitest";
import { applyEdits } from "./applyEdits.ts";
import { uniqueEdit } from "./uniqueEdit.ts";

describe("uniqueEdit", () => {
  it("uses the replaced text itself as find when it occurs once", () => {
    const text = 'import App from "./App.js";\n';
    expect(uniqueEdit(text, 17, 25, "./App.tsx")).toEqual({ find: "./App.js", replace: "./App.tsx" });
  });

  it("grows find to whole lines, then a line either side at a time, until it occurs once", () => {
    const text = "a();\nb();\nmark();\nb();\na();\nmark();\nb();\n";
    // The first "mark": its line repeats, so find takes the lines around it too.
    const at = text.indexOf("mark");
    const edit = uniqueEdit(text, at, at + 4, "seen");
    // "mark();" repeats; with a line either side it does not (the second is after "a();").
    expect(edit).toEqual({ find: "b();\nmark();\nb();", replace: "b();\nseen();\nb();" });
    // It still has to be unique for applyEdits, and changes only the first "mark".
    expect(edit && applyEdits(text, [edit])).toEqual({
      ok: true,
      text: "a();\nb();\nseen();\nb();\na();\nmark();\nb();\n",
      changes: 1,
    });
  });

  it("takes an insertion's line as find, without a CRLF file's line break", () => {
    const text = 'import { Icon } from "./Icon";\r\nexport const x = 1;\r\n';
    expect(uniqueEdit(text, 0, 0, 'import { useId } from "react";\r\n')).toEqual({
      find: 'import { Icon } from "./Icon";',
      replace: 'import { useId } from "react";\r\nimport { Icon } from "./Icon";',
    });
  });

  it("grows past blank lines, which cannot be a find", () => {
    const text = "x\n\ny\n";
    expect(uniqueEdit(text, 2, 2, "z\n")).toEqual({ find: "x\n\ny", replace: "x\nz\n\ny" });
  });

  it("has no edit for an empty text", () => {
    expect(uniqueEdit("", 0, 0, "x")).toBeNull();
  });
});
