import { member, organization, projectMembers, user, type Database, type ProjectRole } from "@wove/db";
import { ApiErrorCode, type Member } from "@wove/protocol";
import { and, eq } from "drizzle-orm";
import { ApiError } from "../errors/ApiError.ts";
import type { ProjectRow } from "./projectAccess.ts";

export type MemberRow = typeof projectMembers.$inferSelect;

/**
 * The members of a project as the API shows them: people with name (and email, for those
 * on the project), teams with name. Visitors of a public project never see emails.
 */
export async function listMemberJson(db: Database, projectId: string, options: { withEmails: boolean }) {
  const rows = await db
    .select({
      member: projectMembers,
      user: { id: user.id, name: user.name, email: user.email },
      team: { id: organization.id, name: organization.name },
    })
    .from(projectMembers)
    .leftJoin(user, eq(user.id, projectMembers.userId))
    .leftJoin(organization, eq(organization.id, projectMembers.teamId))
    .where(eq(projectMembers.projectId, projectId))
    .orderBy(projectMembers.id);
  return rows.map((r) => {
    const person = r.user && !options.withEmails ? { id: r.user.id, name: r.user.name } : r.user;
    return memberJson(r.member, person, r.team);
  });
}

export function memberJson(
  row: MemberRow,
  person: { id: string; name: string; email?: string } | null,
  team: { id: string; name: string } | null,
): Member {
  return {
    id: row.id,
    role: row.role,
    ...(person ? { user: person } : {}),
    ...(team ? { team } : {}),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Loads one member of `projectId` by its id, or 404. */
export async function findMember(db: Database, projectId: string, memberId: string): Promise<MemberRow> {
  const id = Number(memberId);
  const [row] = Number.isSafeInteger(id)
    ? await db
        .select()
        .from(projectMembers)
        .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.id, id)))
    : [];
  if (!row) throw new ApiError(404, ApiErrorCode.NotFound, "No such member on this project");
  return row;
}

/**
 * A project always keeps its owner: the owner of record (whose namespace holds the slug)
 * cannot be removed or demoted without transferring first, and the last owner cannot go.
 */
export async function assertOwnerStays(
  db: Database,
  project: ProjectRow,
  target: MemberRow,
  newRole: ProjectRole | null,
) {
  if (target.role !== "owner" || newRole === "owner") return;
  if (target.userId === project.ownerId) {
    throw new ApiError(
      409,
      ApiErrorCode.Conflict,
      "This is the project's owner: transfer ownership to another member first",
    );
  }
  const owners = await db
    .select({ id: projectMembers.id })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, project.id), eq(projectMembers.role, "owner")));
  if (owners.length <= 1) throw new ApiError(409, ApiErrorCode.Conflict, "A project needs at least one owner");
}

/** The people a member row gives access to: its person, or everyone in its team. */
export async function peopleOf(db: Database, row: MemberRow): Promise<string[]> {
  if (row.userId) return [row.userId];
  if (!row.teamId) return [];
  const rows = await db.select({ userId: member.userId }).from(member).where(eq(member.organizationId, row.teamId));
  return rows.map((r) => r.userId);
}
