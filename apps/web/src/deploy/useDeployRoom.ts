import { useEffect } from "react";
import type { PendingSource } from "./waitForRoom.ts";
import { useDeployStore } from "./useDeployStore.ts";

/** Lets a deploy started anywhere in the IDE wait for this room to hold the edits made here. */
export function useDeployRoom(room: PendingSource): void {
  useEffect(() => {
    const { setRoom } = useDeployStore.getState();
    setRoom(room);
    return () => setRoom(null);
  }, [room]);
}
