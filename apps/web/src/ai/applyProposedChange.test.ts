import { createFile, findFile, readText, textOf } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { agentOriginOf } from "../editor/agentOrigin.ts";
import { UndoHistory } from "../editor/UndoHistory.ts";
import { applyPlannedChange, applyProposedChange, planChange } from "./applyProposedChange.ts";

const original = "const greeting = 'hello';\n\nexport function greet() {\n  return greeting;\n}\n";
const proposed = "const greeting = 'hello, world';\n\nexport function greet() {\n  return greeting;\n}\n";

/** Two clients of one room: every update of one reaches the other, as the room relays them. */
function pair() {
  const ann = new Y.Doc();
  const bea = new Y.Doc();
  const arrivedAtBea: Uint8Array[] = [];
  ann.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin === "room") return;
    arrivedAtBea.push(update);
    Y.applyUpdate(bea, update, "room");
  });
  bea.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "room") Y.applyUpdate(ann, update, "room");
  });
  const created = createFile(ann, { path: "src/greet.ts", text: original });
  if (!created.ok) throw new Error(created.error);
  return { ann, bea, fileId: created.value, arrivedAtBea };
}

/** A person's undo history of a file, as their editor keeps it (carets left out). */
function historyOf(doc: Y.Doc, fileId: string, typing: object) {
  return new UndoHistory({
    ytext: textOf(doc, fileId)!,
    origin: typing,
    agentOrigin: agentOriginOf(doc),
    readSelections: () => [],
    restoreSelections: () => undefined,
  });
}

describe("applyProposedChange (SPEC D13)", () => {
  it("arrives in another client's document as one update, and the asker undoes it in one step, keeping a collaborator's concurrent text", () => {
    const { ann, bea, fileId, arrivedAtBea } = pair();
    const annTyping = {};
    const annHistory = historyOf(ann, fileId, annTyping);
    const beaTyping = {};
    const beaHistory = historyOf(bea, fileId, beaTyping);
    const beaText = textOf(bea, fileId)!;

    // Ann types, and applies the AI's change within the capture timeout of her typing.
    annHistory.capture(() => textOf(ann, fileId)!.insert(0, "// Ann\n"));
    // Bea is typing at the end, concurrently.
    beaHistory.capture(() => beaText.insert(beaText.length, "// Bea\n"));
    arrivedAtBea.length = 0;
    const applied = applyProposedChange(
      ann,
      { path: "src/greet.ts", text: `// Ann\n${proposed}// Bea\n` },
      agentOriginOf(ann),
    );
    expect(applied).toEqual({ ok: true, value: { fileId, created: false, edits: 1, at: { line: 2, column: 24 } } });
    expect(arrivedAtBea).toHaveLength(1);
    expect(readText(bea, fileId)).toBe(`// Ann\n${proposed}// Bea\n`);

    // Ann types again right after: it must not merge into the AI's step.
    annHistory.capture(() => textOf(ann, fileId)!.insert(0, "!"));
    expect(annHistory.undo()).toBe(true);
    expect(readText(bea, fileId)).toBe(`// Ann\n${proposed}// Bea\n`);

    // One Ctrl+Z takes the whole AI edit back, on both sides; Ann's and Bea's own text stay.
    expect(annHistory.undo()).toBe(true);
    expect(readText(ann, fileId)).toBe(`// Ann\n${original}// Bea\n`);
    expect(readText(bea, fileId)).toBe(`// Ann\n${original}// Bea\n`);

    // Bea's undo never takes back the AI's edit made for Ann: only her own line.
    annHistory.redo();
    expect(beaHistory.undo()).toBe(true);
    expect(readText(bea, fileId)).toBe(`// Ann\n${proposed}`);
  });

  it("keeps a collaborator's cursor in an unchanged line where it was", () => {
    const { ann, bea, fileId } = pair();
    const beaText = textOf(bea, fileId)!;
    const at = original.indexOf("return");
    const cursor = Y.createRelativePositionFromTypeIndex(beaText, at);
    applyProposedChange(ann, { path: "src/greet.ts", text: `// top\n${proposed}` }, agentOriginOf(ann));
    const moved = Y.createAbsolutePositionFromRelativePosition(cursor, bea)!;
    expect(readText(bea, fileId)!.slice(moved.index)).toMatch(/^return greeting;/);
  });

  it("creates the file when the path has none, and refuses a bad path or a binary file", () => {
    const { ann, bea } = pair();
    const made = applyProposedChange(ann, { path: "src/new.ts", text: "export {};\n" }, agentOriginOf(ann));
    expect(made.ok && made.value.created).toBe(true);
    expect(readText(bea, findFile(bea, "src/new.ts")!)).toBe("export {};\n");
    expect(applyProposedChange(ann, { path: "../up.ts", text: "" }, {}).ok).toBe(false);
    createFile(ann, { path: "logo.png", blob: { hash: "ab".repeat(32), size: 3, mime: "image/png" } });
    expect(applyProposedChange(ann, { path: "logo.png", text: "x" }, {})).toEqual({
      ok: false,
      error: "logo.png is a binary file: it cannot be edited",
    });
  });

  it("keeps what a collaborator typed while the change was being reviewed", () => {
    const { ann, bea, fileId } = pair();
    const plan = planChange(ann, { path: "src/greet.ts", text: proposed });
    if (!plan.ok) throw new Error(plan.error);
    const beaText = textOf(bea, fileId)!;
    beaText.insert(beaText.length, "// Bea was here\n");
    beaText.insert(0, "// top\n");
    expect(applyPlannedChange(ann, plan.value, agentOriginOf(ann)).ok).toBe(true);
    expect(readText(bea, fileId)).toBe(`// top\n${proposed}// Bea was here\n`);
  });

  it("says where the first change begins, for the caret, and the start of a file it created", () => {
    const { ann } = pair();
    const changed = applyProposedChange(
      ann,
      { path: "src/greet.ts", text: proposed.replace("greeting;", "'hi';") },
      {},
    );
    // The first change is in line 1, after "const greeting = 'hello".
    expect(changed.ok && changed.value.at).toEqual({ line: 1, column: 24 });
    const made = applyProposedChange(ann, { path: "src/other.ts", text: "x\n" }, {});
    expect(made.ok && made.value.at).toEqual({ line: 1, column: 1 });
  });
});
