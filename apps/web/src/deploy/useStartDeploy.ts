import { useCallback } from "react";
import { useRoom } from "../ide/RoomContext.ts";
import { useDeployStore } from "./useDeployStore.ts";

/** Asks for a deploy of `projectId` that first waits for this tab's edits to reach the open room. */
export function useStartDeploy(): (projectId: string) => Promise<void> {
  const room = useRoom();
  const start = useDeployStore((s) => s.start);
  return useCallback((projectId) => start(projectId, room), [start, room]);
}
