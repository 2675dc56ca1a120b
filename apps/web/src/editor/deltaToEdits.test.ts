import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { TextEdit } from "@wove/protocol";
import { deltaToEdits } from "./deltaToEdits.ts";

/** Applies a batch the way Monaco does: every range is in the old text. */
function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** The delta Yjs reports for `change` on a Y.Text holding `initial`. */
function deltaOf(initial: string, change: (text: Y.Text) => void) {
  const doc = new Y.Doc();
  const text = doc.getText("t");
  text.insert(0, initial);
  let delta: Y.YTextEvent["delta"] = [];
  text.observe((event) => (delta = event.delta));
  doc.transact(() => change(text));
  return { delta, after: text.toString() };
}

describe("deltaToEdits", () => {
  it("turns inserts and deletes into edits against the old text", () => {
    expect(deltaToEdits([{ retain: 2 }, { insert: "ab" }, { retain: 3 }, { delete: 4 }])).toEqual([
      { start: 2, end: 2, text: "ab" },
      { start: 5, end: 9, text: "" },
    ]);
  });

  it("merges a delete and an insert at one place into a single replacement", () => {
    expect(deltaToEdits([{ retain: 1 }, { delete: 3 }, { insert: "xy" }])).toEqual([{ start: 1, end: 4, text: "xy" }]);
    expect(deltaToEdits([{ retain: 1 }, { insert: "xy" }, { delete: 3 }])).toEqual([{ start: 1, end: 4, text: "xy" }]);
  });

  it("keeps offsets aligned past an embed", () => {
    expect(deltaToEdits([{ insert: { image: "x" } }, { retain: 1 }, { insert: "a" }])).toEqual([
      { start: 0, end: 0, text: "\uFFFC" },
      { start: 1, end: 1, text: "a" },
    ]);
  });

  it("reproduces what Yjs did, for a transaction of many scattered changes", () => {
    const initial = "function add(a, b) {\n  return a + b;\n}\n";
    const { delta, after } = deltaOf(initial, (text) => {
      text.insert(0, "export ");
      text.delete(20, 4);
      text.insert(text.length - 2, "  // sum\n");
      text.insert(10, "🙂");
      text.delete(3, 2);
    });
    expect(apply(initial, deltaToEdits(delta))).toBe(after);
  });
});
