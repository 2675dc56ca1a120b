import { createFile, findFile, readText, textOf } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { writeFilesAs } from "./writeFilesAs.ts";

const original = ["const x = 1;", "const y = 2;", "const z = 3;"].join("\n");

describe("writeFilesAs", () => {
  it("changes only what differs, so a person typing in the file meanwhile keeps their text", () => {
    const room = new Y.Doc();
    createFile(room, { path: "src/a.ts", text: original });
    const person = new Y.Doc();
    Y.applyUpdate(person, Y.encodeStateAsUpdate(room));
    const id = findFile(person, "src/a.ts")!;
    // The person types on line 3 while the writer (an import, the agent) rewrites line 1.
    const text = textOf(person, id)!;
    text.insert(original.indexOf("3;") + 1, "00");
    const result = writeFilesAs(room, [{ path: "src/a.ts", text: original.replace("x = 1", "x = 10") }], "Wove");
    expect(result).toEqual({ written: 1, errors: [] });
    Y.applyUpdate(room, Y.encodeStateAsUpdate(person, Y.encodeStateVector(room)));
    Y.applyUpdate(person, Y.encodeStateAsUpdate(room, Y.encodeStateVector(person)));
    const expected = ["const x = 10;", "const y = 2;", "const z = 300;"].join("\n");
    expect(readText(room, findFile(room, "src/a.ts")!)).toBe(expected);
    expect(readText(person, id)).toBe(expected);
  });

  it("creates a new path and reports a refused one", () => {
    const room = new Y.Doc();
    const result = writeFilesAs(
      room,
      [
        { path: "b.txt", text: "hi" },
        { path: "../b.txt", text: "no" },
      ],
      "Wove",
    );
    expect(result.written).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(readText(room, findFile(room, "b.txt")!)).toBe("hi");
  });
});
