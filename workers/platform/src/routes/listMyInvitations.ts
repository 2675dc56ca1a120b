import { projectInvitations, projects, user } from "@wove/db";
import type { MyInvitationList } from "@wove/protocol";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { requireUser } from "../projects/projectAccess.ts";

/**
 * `GET /api/invitations`: the signed-in person's pending invitations, to accept in the app
 * (`POST /api/projects/:id/invitations/:invitationId/accept`) as well as from the email.
 */
export async function listMyInvitations(c: Context<AppEnv>): Promise<Response> {
  const actor = await requireUser(c);
  const rows = await c
    .get("db")()
    .select({
      id: projectInvitations.id,
      role: projectInvitations.role,
      expiresAt: projectInvitations.expiresAt,
      project: { id: projects.id, name: projects.name },
      invitedBy: { name: user.name },
    })
    .from(projectInvitations)
    .innerJoin(projects, and(eq(projects.id, projectInvitations.projectId), isNull(projects.deletedAt)))
    .innerJoin(user, eq(user.id, projectInvitations.invitedBy))
    .where(
      and(
        eq(projectInvitations.email, actor.email.toLowerCase()),
        isNull(projectInvitations.acceptedAt),
        gt(projectInvitations.expiresAt, new Date()),
      ),
    )
    .orderBy(projectInvitations.createdAt);
  return c.json({
    invitations: rows.map((row) => ({ ...row, expiresAt: row.expiresAt.toISOString() })),
  } satisfies MyInvitationList);
}
