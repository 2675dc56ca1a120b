import { roomTokenAnswerSchema } from "@wove/protocol";
import { api } from "../api/api.ts";
import { Prefetch } from "../api/Prefetch.ts";

/** Room tokens live 5 minutes; an early one older than a minute is not worth the risk. */
const early = new Prefetch<string>(60_000);

/** `POST /api/projects/:id/room-token`: a fresh, short-lived token for the project's room. */
export function fetchRoomToken(projectId: string): Promise<string> {
  return early.take(projectId, () => requestRoomToken(projectId));
}

/**
 * Asks for the room token while the shell and Monaco are still loading, so the IDE's
 * session can connect the moment its document is open instead of a round trip later.
 */
export function prefetchRoomToken(projectId: string): void {
  early.start(projectId, () => requestRoomToken(projectId));
}

async function requestRoomToken(projectId: string): Promise<string> {
  const { token } = await api(`/api/projects/${encodeURIComponent(projectId)}/room-token`, {
    method: "POST",
    schema: roomTokenAnswerSchema,
  });
  return token;
}
