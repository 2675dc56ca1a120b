import { projectMembers } from "@wove/db";
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { Action } from "../policy/can.ts";
import { bumpAccess, tellRooms } from "../projects/bumpAccess.ts";
import { assertOwnerStays, findMember, peopleOf } from "../projects/members.ts";
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
  const bump = await db.transaction(async (tx) => {
    await tx.delete(projectMembers).where(eq(projectMembers.id, target.id));
    return bumpAccess(tx, project.id);
  });
  // Open sockets lose access now, not when their token expires; the people left with no
  // access at all (a team's, for a team) are told so.
  await tellRooms(c.env, db, [bump], await peopleOf(db, target));
  return c.body(null, 204);
}
