import { describe, expect, it, vi } from "vitest";
import { waitForRoom, type PendingSource } from "./waitForRoom.ts";

/** A stand-in with the room client's pending counter and its event. */
function pendingRoom(pending: number) {
  const listeners = new Set<(pending: number) => void>();
  const room = {
    pendingChanges: pending,
    on: (_event: "pending", listener: (pending: number) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    confirm(left: number) {
      room.pendingChanges = left;
      listeners.forEach((listener) => listener(left));
    },
    listeners,
  };
  return room;
}

describe("waitForRoom", () => {
  it("answers at once when the room has every change", async () => {
    expect(await waitForRoom(pendingRoom(0) as unknown as PendingSource, 1000)).toBe(true);
  });

  it("waits for the room to confirm the last change, then stops listening", async () => {
    const room = pendingRoom(2);
    const saved = waitForRoom(room as unknown as PendingSource, 1000);
    room.confirm(1);
    room.confirm(0);
    expect(await saved).toBe(true);
    expect(room.listeners.size).toBe(0);
  });

  it("gives up after the timeout when changes stay unconfirmed", async () => {
    vi.useFakeTimers();
    try {
      const room = pendingRoom(1);
      const saved = waitForRoom(room as unknown as PendingSource, 5000);
      vi.advanceTimersByTime(5000);
      expect(await saved).toBe(false);
      expect(room.listeners.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
