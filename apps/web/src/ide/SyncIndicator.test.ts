import { describe, expect, it } from "vitest";
import { describeSync } from "./SyncIndicator.tsx";

describe("describeSync", () => {
  it("says all changes are saved only when the room has confirmed every one", () => {
    expect(describeSync({ status: "synced", pending: 0, closed: null }, true)).toEqual({
      tone: "good",
      text: "All changes saved",
    });
    expect(describeSync({ status: "synced", pending: 3, closed: null }, true).text).toBe("Syncing 3 changes…");
  });

  it("says offline, and how many changes wait on this device", () => {
    expect(describeSync({ status: "offline", pending: 1, closed: null }, false).text).toBe(
      "Offline: 1 change saved on this device",
    );
    expect(describeSync({ status: "connecting", pending: 0, closed: null }, false).tone).toBe("offline");
  });

  it("says connecting while the network is up and the room not yet reached", () => {
    expect(describeSync({ status: "connecting", pending: 0, closed: null }, true).text).toBe("Connecting…");
  });

  it("says offline work is saved on this device only once IndexedDB has it", () => {
    const offline = { status: "offline", pending: 2, closed: null } as const;
    expect(describeSync(offline, false, "saving").text).toBe("Offline: saving on this device…");
    expect(describeSync(offline, false, "saved").text).toBe("Offline: 2 changes saved on this device");
    expect(describeSync(offline, false, "failed").tone).toBe("bad");
  });

  it("says syncing has stopped when the room closed for good", () => {
    expect(describeSync({ status: "closed", pending: 2, closed: "AccessRevoked" }, true).tone).toBe("bad");
  });
});
