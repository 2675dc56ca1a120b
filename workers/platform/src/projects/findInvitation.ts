import { projectInvitations, projects, user, type Database } from "@wove/db";
import { ApiErrorCode } from "@wove/protocol";
import { and, eq, isNull } from "drizzle-orm";
import { ApiError } from "../errors/ApiError.ts";
import { hashToken } from "./invitationToken.ts";

/** An invitation named by its link's secret, or by its id on a project (the in-app list). */
export type InvitationKey = { token: string } | { projectId: string; invitationId: string };

/** The live invitation behind a link's token or an id: 404 if unknown, 410 if used or expired. */
export async function findInvitation(db: Database, key: InvitationKey) {
  const where =
    "token" in key
      ? eq(projectInvitations.tokenHash, await hashToken(key.token))
      : and(eq(projectInvitations.projectId, key.projectId), eq(projectInvitations.id, key.invitationId));
  const [row] = await db
    .select({
      invitation: projectInvitations,
      project: { id: projects.id, name: projects.name },
      invitedBy: { name: user.name },
    })
    .from(projectInvitations)
    .innerJoin(projects, and(eq(projects.id, projectInvitations.projectId), isNull(projects.deletedAt)))
    .innerJoin(user, eq(user.id, projectInvitations.invitedBy))
    .where(where);
  if (!row) {
    const what = "token" in key ? "This invitation link is not valid" : "No pending invitation with this id";
    throw new ApiError(404, ApiErrorCode.NotFound, what);
  }
  if (row.invitation.acceptedAt) throw new ApiError(410, ApiErrorCode.Gone, "This invitation was already accepted");
  if (row.invitation.expiresAt < new Date()) {
    throw new ApiError(410, ApiErrorCode.Gone, "This invitation has expired: ask for a new one");
  }
  return row;
}
