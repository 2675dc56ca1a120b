import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";
import { signRoomToken } from "../rooms/roomToken.ts";

/**
 * `POST /api/projects/:id/room-token`: a short-lived signed token carrying who the caller
 * is and their role, which the project's room verifies without a database round trip.
 * Visitors of public and unlisted projects (signed in or not) get a viewer token.
 */
export async function createRoomToken(c: Context<AppEnv>): Promise<Response> {
  const { project, role, actor } = await authorizeProject(c, Action.JoinRoom);
  const claims = { userId: actor.kind === "user" ? actor.userId : null, projectId: project.id, role: role ?? "viewer" };
  const { token, expiresAt } = await signRoomToken(c.env.ROOM_TOKEN_PRIVATE_KEY, claims);
  return c.json({ token, expiresAt, role: claims.role }, 200, { "Cache-Control": "no-store" });
}
