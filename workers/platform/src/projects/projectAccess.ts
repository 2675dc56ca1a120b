import { member, projectMembers, projects, user, type Database, type ProjectRole } from "@wove/db";
import type { Project } from "@wove/protocol";
import { and, eq, isNull, or, sql, type Column, type SQL } from "drizzle-orm";
import type { Context } from "hono";
import type { Actor } from "../auth/Actor.ts";
import { ApiError } from "../errors/ApiError.ts";
import { can, strongerRole, type Action } from "../policy/can.ts";
import { projectCan } from "../policy/projectCan.ts";
import type { AppEnv } from "../AppEnv.ts";

export type ProjectRow = typeof projects.$inferSelect;

/** The actor's effective role on a project: their own, or the strongest through a team. */
export async function roleOf(db: Database, projectId: string, actor: Actor): Promise<ProjectRole | null> {
  return (await accessOf(db, projectId, actor)).role;
}

/** The caller's hold on a project: `role` as roleOf; `direct` when they are a member in their own name. */
export interface Access {
  role: ProjectRole | null;
  direct: boolean;
}

export async function accessOf(db: Database, projectId: string, actor: Actor): Promise<Access> {
  if (actor.kind !== "user") return { role: null, direct: false };
  const rows = await db
    .select({ role: projectMembers.role, userId: projectMembers.userId })
    .from(projectMembers)
    .leftJoin(member, viaTeam(actor.userId))
    .where(holds(projectId, actor.userId));
  return {
    role: strongestOf(rows.map((row) => row.role)),
    direct: rows.some((row) => row.userId === actor.userId),
  };
}

/**
 * The roles `userId` holds on `projectId` (own and through teams), as a subquery a caller can
 * read with a row of its own, columns welcome (the agent reads its run and its starter's
 * roles in one query). The same rule as accessOf: pass the answer to strongestOf.
 */
export function rolesOf(projectId: Column | string, userId: Column | string): SQL<ProjectRole[] | null> {
  // Qualified by hand: drizzle writes a column bare inside a select list, and member has a role too.
  return sql<
    ProjectRole[] | null
  >`(SELECT array_agg(${projectMembers}.${sql.identifier(projectMembers.role.name)}::text) FROM ${projectMembers} LEFT JOIN ${member} ON ${viaTeam(userId)} WHERE ${holds(projectId, userId)})`;
}

export function strongestOf(roles: readonly ProjectRole[] | null): ProjectRole | null {
  return (roles ?? []).reduce<ProjectRole | null>((best, role) => strongerRole(best, role), null);
}

/** A membership row is the person's own, or their team's (with `member` joined by viaTeam). */
function holds(projectId: Column | string, userId: Column | string) {
  return and(eq(projectMembers.projectId, projectId), or(eq(projectMembers.userId, userId), eq(member.userId, userId)));
}

const viaTeam = (userId: Column | string) =>
  and(eq(member.organizationId, projectMembers.teamId), eq(member.userId, userId));

export interface AuthorizedProject {
  project: ProjectRow;
  role: ProjectRole | null;
  actor: Actor;
  db: Database;
}

/**
 * The one way a route reaches a project: loads it and the actor's role, asks the policy,
 * and throws the policy's answer (404 for what the actor may not see) when it says no.
 * The project is the route's `:id`, or `id` for routes that take it in a body or query.
 * The project row (with its access version) is read before the role, which room tokens
 * rely on (see createRoomToken).
 */
export async function authorizeProject(
  c: Context<AppEnv>,
  action: Action,
  id: string = c.req.param("id") ?? "",
): Promise<AuthorizedProject> {
  const db = c.get("db")();
  const actor = await c.get("actor")();
  const [project] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.id, id), isNull(projects.deletedAt)));
  const role = project ? await roleOf(db, project.id, actor) : null;
  const decision = project ? can(actor, action, { visibility: project.visibility, role }) : undefined;
  if (!project || !decision) throw new ApiError(404, "not_found", "No such project");
  if (!decision.ok) throw new ApiError(decision.status, decision.code, decision.message);
  return { project, role, actor, db };
}

/**
 * What the API answers for a project, for `actor`: looks up its owner's name and the
 * actor's hold on it (read now, so an answer after a change of roles tells the new one).
 */
export async function toProjectJson(db: Database, project: ProjectRow, actor: Actor): Promise<Project> {
  const [[owner], access] = await Promise.all([
    db.select({ name: user.name }).from(user).where(eq(user.id, project.ownerId)),
    accessOf(db, project.id, actor),
  ]);
  return projectJson(project, owner?.name ?? "", actor, access);
}

/** What the API answers for a project whose owner's name and the actor's access are already known. */
export function projectJson(project: ProjectRow, ownerName: string, actor: Actor, access: Access): Project {
  const { role, direct } = access;
  return {
    id: project.id,
    slug: project.slug,
    name: project.name,
    description: project.description,
    visibility: project.visibility,
    owner: { id: project.ownerId, name: ownerName },
    role,
    can: projectCan(actor, { visibility: project.visibility, ownerId: project.ownerId, role, direct }),
    forkedFrom: project.forkedFrom,
    createdAt: project.createdAt.toISOString(),
    updatedAt: project.updatedAt.toISOString(),
  } satisfies Project;
}

/** Throws 401 unless someone is signed in; returns them. */
export async function requireUser(c: Context<AppEnv>): Promise<Extract<Actor, { kind: "user" }>> {
  const actor = await c.get("actor")();
  if (actor.kind !== "user") throw new ApiError(401, "unauthenticated", "Sign in to do this");
  return actor;
}
