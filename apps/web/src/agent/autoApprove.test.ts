import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readAutoApprove, watchAutoApprove, writeAutoApprove } from "./autoApprove.ts";

describe("run without asking (meta.agentAutoApprove)", () => {
  it("asks first until an editor turns it on, and travels to the other copies of the document", () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    mine.on("update", (update: Uint8Array) => Y.applyUpdate(theirs, update));
    expect(readAutoApprove(mine)).toBe(false);
    writeAutoApprove(mine, true);
    expect(mine.getMap("meta").get("agentAutoApprove")).toBe(true);
    expect(readAutoApprove(theirs)).toBe(true);
    writeAutoApprove(mine, false);
    expect(readAutoApprove(theirs)).toBe(false);
  });

  it("treats anything but true as asking first", () => {
    const doc = new Y.Doc();
    doc.getMap("meta").set("agentAutoApprove", "yes");
    expect(readAutoApprove(doc)).toBe(false);
  });

  it("tells its watcher about this setting only", () => {
    const doc = new Y.Doc();
    let calls = 0;
    const stop = watchAutoApprove(doc, () => calls++);
    doc.getMap("meta").set("name", "Renamed");
    writeAutoApprove(doc, true);
    stop();
    writeAutoApprove(doc, false);
    expect(calls).toBe(1);
  });
});
