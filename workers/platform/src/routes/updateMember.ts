import { projectMembers } from "@wove/db";
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import type { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { Action } from "../policy/can.ts";
import { bumpAccess, tellRooms } from "../projects/bumpAccess.ts";
import { assertOwnerStays, findMember, listMemberJson } from "../projects/members.ts";
import { authorizeProject } from "../projects/projectAccess.ts";
import type { updateMemberSchema } from "../projects/schemas.ts";

type Input = { out: { json: z.output<typeof updateMemberSchema> } };

/** `PATCH /api/projects/:id/members/:memberId` `{role}`: changes a member's role. */
export async function updateMember(c: Context<AppEnv, string, Input>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.ManageMembers);
  const target = await findMember(db, project.id, c.req.param("memberId") ?? "");
  const { role } = c.req.valid("json");
  await assertOwnerStays(db, project, target, role);
  const bump = await db.transaction(async (tx) => {
    await tx.update(projectMembers).set({ role }).where(eq(projectMembers.id, target.id));
    return bumpAccess(tx, project.id);
  });
  // Open sockets reconnect with tokens carrying the new role (a team's, for everyone in it).
  await tellRooms(c.env, db, [bump]);
  const member = (await listMemberJson(db, project.id, { withEmails: true })).find((m) => m.id === target.id);
  return c.json({ member });
}
