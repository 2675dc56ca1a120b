import { api } from "../api/api.ts";

/** A token asked for before the IDE needed it (prefetchRoomToken), taken by the first fetch. */
let early: { projectId: string; token: Promise<string>; at: number } | undefined;
/** Room tokens live 5 minutes; an early one older than this is not worth the risk. */
const EARLY_TOKEN_MAX_AGE_MS = 60_000;

/** `POST /api/projects/:id/room-token`: a fresh, short-lived token for the project's room. */
export async function fetchRoomToken(projectId: string): Promise<string> {
  const prefetched = early;
  early = undefined;
  if (prefetched?.projectId === projectId && Date.now() - prefetched.at < EARLY_TOKEN_MAX_AGE_MS) {
    // A failed prefetch (offline, signed out) is asked again, so the error the IDE shows is current.
    return prefetched.token.catch(() => requestRoomToken(projectId));
  }
  return requestRoomToken(projectId);
}

/**
 * Asks for the room token while the shell and Monaco are still loading, so the IDE's
 * session can connect the moment its document is open instead of a round trip later.
 */
export function prefetchRoomToken(projectId: string): void {
  const token = requestRoomToken(projectId);
  token.catch(() => {});
  early = { projectId, token, at: Date.now() };
}

async function requestRoomToken(projectId: string): Promise<string> {
  const { token } = await api<{ token: string }>(`/api/projects/${encodeURIComponent(projectId)}/room-token`, {
    method: "POST",
  });
  return token;
}
