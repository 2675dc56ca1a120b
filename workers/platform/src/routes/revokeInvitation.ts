import { projectInvitations } from "@wove/db";
import { ApiErrorCode } from "@wove/protocol";
import { and, eq, isNull } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

/** `DELETE /api/projects/:id/invitations/:invitationId`: the link stops working at once. */
export async function revokeInvitation(c: Context<AppEnv>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.ManageMembers);
  const deleted = await db
    .delete(projectInvitations)
    .where(
      and(
        eq(projectInvitations.projectId, project.id),
        eq(projectInvitations.id, c.req.param("invitationId") ?? ""),
        isNull(projectInvitations.acceptedAt),
      ),
    )
    .returning({ id: projectInvitations.id });
  if (deleted.length === 0) throw new ApiError(404, ApiErrorCode.NotFound, "No pending invitation with this id");
  return c.body(null, 204);
}
