import { projectInvitations, projectMembers, projects } from "@wove/db";
import { ApiErrorCode, type AcceptedInvitation } from "@wove/protocol";
import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import type { Actor } from "../auth/Actor.ts";
import { ApiError } from "../errors/ApiError.ts";
import { bumpAccess, tellRooms } from "./bumpAccess.ts";
import { toProjectJson } from "./projectAccess.ts";

type Invitation = typeof projectInvitations.$inferSelect;

/**
 * The signed-in person whose email `invitation` names joins its project with its role
 * (keeping a stronger role they already hold), and the invitation is used up. Answers the
 * project as they now see it. A session exists only for a proven email
 * (auth/refuseUnverifiedSession.ts), so matching the email proves the invitee.
 */
export async function joinByInvitation(
  c: Context<AppEnv>,
  actor: Extract<Actor, { kind: "user" }>,
  invitation: Invitation,
) {
  if (invitation.email !== actor.email.toLowerCase()) {
    throw new ApiError(
      403,
      ApiErrorCode.Forbidden,
      `This invitation is for ${invitation.email}: sign in with that email to accept it`,
    );
  }
  const db = c.get("db")();
  const bump = await db.transaction(async (tx) => {
    await tx
      .insert(projectMembers)
      .values({ projectId: invitation.projectId, userId: actor.userId, role: invitation.role })
      .onConflictDoUpdate({
        target: [projectMembers.projectId, projectMembers.userId],
        targetWhere: sql`${projectMembers.userId} IS NOT NULL`,
        // Keep whichever role is stronger.
        set: {
          role: sql`CASE WHEN ${rank(sql`excluded.role`)} > ${rank(projectMembers.role)} THEN excluded.role ELSE ${projectMembers.role} END`,
        },
      });
    await tx.update(projectInvitations).set({ acceptedAt: new Date() }).where(eq(projectInvitations.id, invitation.id));
    return bumpAccess(tx, invitation.projectId);
  });
  // A visitor of a public project who joined reconnects with their new role.
  await tellRooms(c.env, db, [bump]);
  const [project] = await db.select().from(projects).where(eq(projects.id, invitation.projectId));
  if (!project) throw new ApiError(404, ApiErrorCode.NotFound, "No such project");
  return { project: await toProjectJson(db, project, actor) } satisfies AcceptedInvitation;
}

function rank(role: ReturnType<typeof sql> | typeof projectMembers.role) {
  return sql`(CASE ${role} WHEN 'owner' THEN 3 WHEN 'editor' THEN 2 ELSE 1 END)`;
}
