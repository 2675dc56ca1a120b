import { useEffect } from "react";
import { projectsApi } from "../api/projectsApi.ts";
import { startOutboxDrain } from "./startOutboxDrain.ts";

/**
 * Sends the actions `userId` took offline while the calling component is mounted (see
 * startOutboxDrain). Mounting it in several places is safe: drains take turns.
 */
export function useOutboxDrain(userId: string | null | undefined): void {
  useEffect(() => {
    if (!userId) return;
    return startOutboxDrain({ userId, send: projectsApi.create });
  }, [userId]);
}
