import type { RoomClient } from "@wove/sync";
import { useCallback, useRef, useSyncExternalStore } from "react";

/** What the sync indicator says about unconfirmed changes: whether there are any, and in how many files. */
export interface RoomPending {
  pending: boolean;
  /** How many files they touched (0 when not known: edits from before a reload). */
  pendingFiles: number;
}

/**
 * The room's unconfirmed changes, read only where they are shown. The client counts one
 * per keystroke and emits on every count; this answers a new value only when what is
 * shown changes (none → some, or the number of files), so typing re-renders the
 * indicator at most twice a burst and nothing else.
 */
export function useRoomPending(client: RoomClient): RoomPending {
  const cache = useRef<{ client: RoomClient; value: RoomPending } | null>(null);
  const subscribe = useCallback((onChange: () => void) => client.on("pending", onChange), [client]);
  const getSnapshot = () => {
    const pending = client.pendingChanges > 0;
    const pendingFiles = pending ? client.pendingFiles.size : 0;
    const cached = cache.current;
    if (cached?.client === client && cached.value.pending === pending && cached.value.pendingFiles === pendingFiles) {
      return cached.value;
    }
    const value = { pending, pendingFiles };
    cache.current = { client, value };
    return value;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
