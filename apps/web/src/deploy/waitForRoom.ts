import type { RoomClient } from "@wove/sync";

/** What waiting needs of a room client. */
export type PendingSource = Pick<RoomClient, "pendingChanges" | "on">;

/**
 * Resolves true once the room has confirmed every local change, or false after
 * `timeoutMs`. A deploy snapshots the room, not this tab: without the wait, the last
 * keystrokes before clicking Deploy would be missing from what goes live.
 */
export function waitForRoom(room: PendingSource, timeoutMs: number): Promise<boolean> {
  if (room.pendingChanges === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (saved: boolean) => {
      off();
      clearTimeout(timer);
      resolve(saved);
    };
    const off = room.on("pending", (pending) => {
      if (pending === 0) done(true);
    });
    const timer = setTimeout(() => done(false), timeoutMs);
  });
}
