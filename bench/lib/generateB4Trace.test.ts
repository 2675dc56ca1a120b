import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { B4_SHAPE, generateB4Trace, type TraceOp } from "./generateB4Trace.ts";

const trace = generateB4Trace(4);

/** Replays lengths only, checking every op stays inside the text as it is then. */
function replayLengths(ops: readonly TraceOp[]): { finalLength: number; outOfRange: number } {
  let length = 0;
  let outOfRange = 0;
  for (const [position, deleteCount, insertText] of ops) {
    if (position < 0 || position + deleteCount > length) outOfRange++;
    length += insertText.length - deleteCount;
  }
  return { finalLength: length, outOfRange };
}

describe("generateB4Trace", () => {
  it("is deterministic: the same seed gives the same trace, another seed another", () => {
    expect(generateB4Trace(4)).toEqual(trace);
    expect(generateB4Trace(5).slice(0, 2_000)).not.toEqual(trace.slice(0, 2_000));
  });

  it("has B4's shape: about 260k single-character edits, 3 in 10 deletions, ending near 100k characters", () => {
    expect(trace).toHaveLength(259_778);
    expect(trace.every(([, del, ins]) => del + ins.length === 1)).toBe(true);
    const deletions = trace.filter(([, del]) => del === 1).length;
    expect(deletions).toBe(B4_SHAPE.deletions);
    expect(deletions / trace.length).toBeGreaterThan(0.25);
    expect(deletions / trace.length).toBeLessThan(0.35);
    const { finalLength, outOfRange } = replayLengths(trace);
    expect(outOfRange).toBe(0);
    expect(finalLength).toBeGreaterThan(95_000);
    expect(finalLength).toBeLessThan(110_000);
  });

  it("clusters edits around a moving cursor, like typing", () => {
    let adjacent = 0;
    for (let i = 1; i < trace.length; i++) {
      if (Math.abs((trace[i]?.[0] ?? 0) - (trace[i - 1]?.[0] ?? 0)) <= 1) adjacent++;
    }
    // Most keystrokes land next to the previous one; the cursor still moves now and then.
    expect(adjacent / trace.length).toBeGreaterThan(0.95);
    expect(trace.length - adjacent).toBeGreaterThan(1_000);
    const positions = new Set(trace.map(([position]) => Math.floor(position / 10_000)));
    expect(positions.size).toBeGreaterThan(8);
  });

  it("replays into a Yjs text of exactly the final length", () => {
    const doc = new Y.Doc();
    const text = doc.getText("t");
    doc.transact(() => {
      for (const [position, deleteCount, insertText] of trace) {
        if (deleteCount) text.delete(position, deleteCount);
        if (insertText) text.insert(position, insertText);
      }
    });
    expect(text.length).toBe(B4_SHAPE.insertions - B4_SHAPE.deletions);
  });
});
