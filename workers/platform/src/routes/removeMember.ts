import { projectMembers } from "@wove/db";
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { Action } from "../policy/can.ts";
import { assertOwnerStays, findMember } from "../projects/members.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

/**
 * `DELETE /api/projects/:id/members/:memberId`: an owner removes a member, or a member
 * removes themself (leaves). The owner of record and the last owner cannot go.
 */
export async function removeMember(c: Context<AppEnv>): Promise<Response> {
  // Authorize the weaker action first: anyone on the project may see its members.
  const { project, actor, db } = await authorizeProject(c, Action.Leave);
  const target = await findMember(db, project.id, c.req.param("memberId") ?? "");
  const leaving = actor.kind === "user" && target.userId === actor.userId;
  if (!leaving) await authorizeProject(c, Action.ManageMembers);
  await assertOwnerStays(db, project, target, null);
  await db.delete(projectMembers).where(eq(projectMembers.id, target.id));
  // Their open sockets lose access now, not when their token expires.
  if (target.userId) await c.env.ROOMS.getByName(project.id).disconnectUser(target.userId);
  return c.body(null, 204);
}
