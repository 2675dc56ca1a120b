import { projectInvitations } from "@wove/db";
import type { MemberList } from "@wove/protocol";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { Action, can } from "../policy/can.ts";
import { listMemberJson } from "../projects/members.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

/**
 * `GET /api/projects/:id/members`: who is on the project. Pending invitations (emails of
 * people without access yet) are shown only to those who may manage members.
 */
export async function listMembers(c: Context<AppEnv>): Promise<Response> {
  const { project, role, actor, db } = await authorizeProject(c, Action.ReadMembers);
  const members = await listMemberJson(db, project.id, { withEmails: role !== null });
  const manager = can(actor, Action.ManageMembers, { visibility: project.visibility, role }).ok;
  const invitations = manager
    ? await db
        .select({
          id: projectInvitations.id,
          email: projectInvitations.email,
          role: projectInvitations.role,
          expiresAt: projectInvitations.expiresAt,
        })
        .from(projectInvitations)
        .where(
          and(
            eq(projectInvitations.projectId, project.id),
            isNull(projectInvitations.acceptedAt),
            gt(projectInvitations.expiresAt, new Date()),
          ),
        )
    : [];
  return c.json({
    members,
    invitations: invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })),
  } satisfies MemberList);
}
