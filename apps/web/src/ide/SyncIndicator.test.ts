import { describe, expect, it } from "vitest";
import { describeSync } from "./SyncIndicator.tsx";

describe("describeSync", () => {
  it("says all changes are saved only when the room has confirmed every one", () => {
    expect(describeSync({ status: "synced", pending: false, pendingFiles: 0, closed: null }, true)).toEqual({
      tone: "good",
      text: "All changes saved",
    });
    expect(describeSync({ status: "synced", pending: true, pendingFiles: 2, closed: null }, true).text).toBe(
      "Syncing edits in 2 files…",
    );
  });

  it("says offline, and in how many files edits wait on this device: not how many keystrokes", () => {
    expect(describeSync({ status: "offline", pending: true, pendingFiles: 1, closed: null }, false).text).toBe(
      "Offline: unsynced edits in 1 file, saved on this device",
    );
    expect(describeSync({ status: "connecting", pending: false, pendingFiles: 0, closed: null }, false).tone).toBe(
      "offline",
    );
  });

  it("says there are unsynced edits when which files is not known (made before a reload)", () => {
    expect(describeSync({ status: "offline", pending: true, pendingFiles: 0, closed: null }, false).text).toBe(
      "Offline: unsynced edits, saved on this device",
    );
  });

  it("says connecting while the network is up and the room not yet reached", () => {
    expect(describeSync({ status: "connecting", pending: false, pendingFiles: 0, closed: null }, true).text).toBe(
      "Connecting…",
    );
  });

  it("says offline work is saved on this device only once IndexedDB has it", () => {
    const offline = { status: "offline", pending: true, pendingFiles: 2, closed: null } as const;
    expect(describeSync(offline, false, "saving").text).toBe("Offline: saving on this device…");
    expect(describeSync(offline, false, "saved").text).toBe("Offline: unsynced edits in 2 files, saved on this device");
    expect(describeSync(offline, false, "failed").tone).toBe("bad");
  });

  it("says syncing has stopped when the room closed for good", () => {
    expect(describeSync({ status: "closed", pending: true, pendingFiles: 1, closed: "AccessRevoked" }, true).tone).toBe(
      "bad",
    );
  });
});
