import { member, projectMembers, projects, user } from "@wove/db";
import { ApiErrorCode, type ProjectList } from "@wove/protocol";
import { and, desc, eq, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { projectJson, requireUser } from "../projects/projectAccess.ts";
import { listProjectsQuery } from "../projects/schemas.ts";

/**
 * `GET /api/projects?limit&cursor&filter`: the caller's projects and those shared with
 * them (directly or through a team), most recently updated first, a page at a time.
 * `filter=owned` keeps those they own, `filter=shared` those someone else owns.
 */
export async function listProjects(c: Context<AppEnv>): Promise<Response> {
  const actor = await requireUser(c);
  const query = listProjectsQuery.safeParse(c.req.query());
  if (!query.success) {
    throw new ApiError(
      400,
      ApiErrorCode.ValidationFailed,
      "limit is 1 to 100, filter is all, owned or shared, and cursor comes from nextCursor",
    );
  }
  const { limit, cursor, filter } = query.data;
  const after = cursor ? readCursor(cursor) : undefined;
  const db = c.get("db")();

  // One row per project with the strongest role the caller holds on it.
  const rank = sql<number>`max(CASE ${projectMembers.role} WHEN 'owner' THEN 3 WHEN 'editor' THEN 2 ELSE 1 END)`;
  // Whether they hold it in their own name (and so may leave it), not only through a team.
  const direct = sql<boolean>`bool_or(${projectMembers.userId} = ${actor.userId})`;
  const rows = await db
    .select({ project: projects, ownerName: user.name, rank, direct })
    .from(projectMembers)
    .innerJoin(projects, eq(projects.id, projectMembers.projectId))
    .innerJoin(user, eq(user.id, projects.ownerId))
    .leftJoin(member, and(eq(member.organizationId, projectMembers.teamId), eq(member.userId, actor.userId)))
    .where(
      and(
        isNull(projects.deletedAt),
        filter === "owned" ? eq(projects.ownerId, actor.userId) : undefined,
        filter === "shared" ? ne(projects.ownerId, actor.userId) : undefined,
        or(eq(projectMembers.userId, actor.userId), eq(member.userId, actor.userId)),
        after
          ? or(
              lt(projects.updatedAt, after.updatedAt),
              and(eq(projects.updatedAt, after.updatedAt), lt(projects.id, after.id)),
            )
          : undefined,
      ),
    )
    .groupBy(projects.id, user.name)
    .orderBy(desc(projects.updatedAt), desc(projects.id))
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return c.json({
    projects: page.map(({ project, ownerName, rank: r, direct: d }) =>
      projectJson(project, ownerName, actor, {
        role: r >= 3 ? "owner" : r === 2 ? "editor" : "viewer",
        direct: d === true,
      }),
    ),
    nextCursor: rows.length > limit && last ? writeCursor(last.project.updatedAt, last.project.id) : null,
  } satisfies ProjectList);
}

function writeCursor(updatedAt: Date, id: string): string {
  return btoa(JSON.stringify([updatedAt.toISOString(), id]));
}

function readCursor(cursor: string): { updatedAt: Date; id: string } {
  try {
    const [updatedAt, id] = JSON.parse(atob(cursor)) as [string, string];
    const date = new Date(updatedAt);
    if (typeof id !== "string" || Number.isNaN(date.getTime())) throw new Error("bad cursor");
    return { updatedAt: date, id };
  } catch {
    throw new ApiError(400, ApiErrorCode.ValidationFailed, "cursor is not one this API gave out");
  }
}
