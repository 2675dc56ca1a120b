import { projectInvitations, projects, user, type Database } from "@wove/db";
import { ApiErrorCode } from "@wove/protocol";
import { and, eq, isNull } from "drizzle-orm";
import { ApiError } from "../errors/ApiError.ts";
import { hashToken } from "./invitationToken.ts";

/** The live invitation behind a link's token: 404 if unknown, 410 if used or expired. */
export async function findInvitation(db: Database, token: string) {
  const [row] = await db
    .select({
      invitation: projectInvitations,
      project: { id: projects.id, name: projects.name },
      invitedBy: { name: user.name },
    })
    .from(projectInvitations)
    .innerJoin(projects, and(eq(projects.id, projectInvitations.projectId), isNull(projects.deletedAt)))
    .innerJoin(user, eq(user.id, projectInvitations.invitedBy))
    .where(eq(projectInvitations.tokenHash, await hashToken(token)));
  if (!row) throw new ApiError(404, ApiErrorCode.NotFound, "This invitation link is not valid");
  if (row.invitation.acceptedAt) throw new ApiError(410, ApiErrorCode.Gone, "This invitation was already accepted");
  if (row.invitation.expiresAt < new Date()) {
    throw new ApiError(410, ApiErrorCode.Gone, "This invitation has expired: ask for a new one");
  }
  return row;
}
