import type { RoomTokenAnswer } from "@wove/protocol";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";
import { keyWrites } from "../policy/keyScope.ts";
import { signRoomToken } from "../rooms/roomToken.ts";

/**
 * `POST /api/projects/:id/room-token`: a short-lived signed token carrying who the caller
 * is and their role, which the project's room verifies without a database round trip.
 * Visitors of public and unlisted projects (signed in or not), and API keys without
 * `projects:write`, get a viewer token. The token carries the project's access version.
 */
export async function createRoomToken(c: Context<AppEnv>): Promise<Response> {
  const { project, role, actor } = await authorizeProject(c, Action.JoinRoom);
  // A key that may not write joins as a viewer whatever its owner's role: a room token is
  // a write capability of its own, so it must not carry more than the key does.
  const keyCapped = actor.kind === "user" && !keyWrites(actor.scopes);
  const joinAs = keyCapped || !role ? "viewer" : role;
  // authorizeProject read the project (and its access version) before the role: a change
  // that commits between the two reads gives a token with the new role or an old version,
  // never an old role with the new version, so the room can refuse every token that
  // predates a change (see rooms/accessVersion).
  const claims = {
    userId: actor.kind === "user" ? actor.userId : null,
    projectId: project.id,
    role: joinAs,
    accessVersion: project.accessVersion,
  };
  const { token, expiresAt } = await signRoomToken(c.env.ROOM_TOKEN_PRIVATE_KEY, claims);
  return c.json({ token, expiresAt, role: claims.role } satisfies RoomTokenAnswer, 200, {
    "Cache-Control": "no-store",
  });
}
