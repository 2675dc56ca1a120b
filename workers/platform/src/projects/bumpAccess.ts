import { projectMembers, projects, type Database } from "@wove/db";
import { eq, inArray, sql } from "drizzle-orm";
import type { Actor } from "../auth/Actor.ts";
import type { Bindings } from "../AppEnv.ts";
import { logError } from "../log.ts";
import { roleOf } from "./projectAccess.ts";

/** A transaction, or the database itself for a change that is one statement. */
type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

/** A project whose access version was raised, and to what. */
export interface AccessBump {
  projectId: string;
  version: number;
}

/**
 * Raises a project's access version (see rooms/accessVersion). Call it in the transaction
 * that changes access, or after that change commits, never before: a room token reads the
 * version before the role, so every token minted with the old access then carries an
 * older version than the one the room is told.
 */
export async function bumpAccess(tx: Executor, projectId: string): Promise<AccessBump> {
  const [row] = await tx
    .update(projects)
    .set({ accessVersion: sql`${projects.accessVersion} + 1` })
    .where(eq(projects.id, projectId))
    .returning({ projectId: projects.id, version: projects.accessVersion });
  if (!row) throw new Error(`no project ${projectId} to raise the access version of`);
  return row;
}

/** Raises the version of every project a team is on: someone joined or left the team. */
export async function bumpTeamAccess(tx: Executor, teamId: string): Promise<AccessBump[]> {
  const shared = tx
    .select({ id: projectMembers.projectId })
    .from(projectMembers)
    .where(eq(projectMembers.teamId, teamId));
  return tx
    .update(projects)
    .set({ accessVersion: sql`${projects.accessVersion} + 1` })
    .where(inArray(projects.id, shared))
    .returning({ projectId: projects.id, version: projects.accessVersion });
}

/** Of `userIds`, those with no role left on the project (directly or through a team). */
export async function withoutAccess(db: Database, projectId: string, userIds: readonly string[]): Promise<string[]> {
  const left: string[] = [];
  for (const userId of userIds) {
    const actor: Actor = { kind: "user", userId, email: "", name: "" };
    if (!(await roleOf(db, projectId, actor))) left.push(userId);
  }
  return left;
}

/**
 * Tells each project's room its new access version, once the change has committed. A room
 * that cannot be told still learns the version from the next fresh token it sees, and the
 * old tokens of its open sockets expire within ROOM_TOKEN_TTL_SECONDS, so a failure is
 * logged rather than failing a change that is already made. `revokedUserIds` (people with
 * no access left) are told so; everyone else reconnects with a fresh token.
 */
export async function tellRooms(
  env: Pick<Bindings, "ROOMS">,
  db: Database,
  bumps: readonly AccessBump[],
  candidates: readonly string[] = [],
): Promise<void> {
  await Promise.all(
    bumps.map(async ({ projectId, version }) => {
      try {
        const revoked = candidates.length ? await withoutAccess(db, projectId, candidates) : [];
        await env.ROOMS.getByName(projectId).bumpAccess(version, revoked);
      } catch (err) {
        logError("access: telling a room its new access version failed", err, { projectId, version });
      }
    }),
  );
}
