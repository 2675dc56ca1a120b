import { api } from "../api/api.ts";

/** `POST /api/projects/:id/room-token`: a fresh, short-lived token for the project's room. */
export async function fetchRoomToken(projectId: string): Promise<string> {
  const { token } = await api<{ token: string }>(`/api/projects/${encodeURIComponent(projectId)}/room-token`, {
    method: "POST",
  });
  return token;
}
