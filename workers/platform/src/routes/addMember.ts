import { member as teamMember, organization, projectMembers } from "@wove/db";
import { ApiErrorCode, type AddMemberResult } from "@wove/protocol";
import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import type { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action } from "../policy/can.ts";
import { bumpAccess, tellRooms } from "../projects/bumpAccess.ts";
import { inviteByEmail } from "../projects/inviteByEmail.ts";
import { memberJson } from "../projects/members.ts";
import { isUniqueViolation } from "../projects/isUniqueViolation.ts";
import { authorizeProject } from "../projects/projectAccess.ts";
import type { addMemberSchema } from "../projects/schemas.ts";

type Input = { out: { json: z.output<typeof addMemberSchema> } };

/**
 * `POST /api/projects/:id/members` `{email, role}` or `{teamId, role}`: invites an email
 * (202 `{invitation}`, with an email carrying the link), whether or not it has an account,
 * or shares with a team the caller belongs to (201 `{member}`).
 */
export async function addMember(c: Context<AppEnv, string, Input>): Promise<Response> {
  const { project, actor, db } = await authorizeProject(c, Action.ManageMembers);
  if (actor.kind !== "user") throw new Error("policy let an anonymous actor manage members");
  const body = c.req.valid("json");

  if ("teamId" in body) {
    const [team] = await db
      .select({ id: organization.id, name: organization.name })
      .from(organization)
      .innerJoin(teamMember, and(eq(teamMember.organizationId, organization.id), eq(teamMember.userId, actor.userId)))
      .where(eq(organization.id, body.teamId));
    if (!team) throw new ApiError(404, ApiErrorCode.NotFound, "No such team among yours");
    const row = await insertMember(db, { projectId: project.id, teamId: team.id, role: body.role });
    await tellRooms(c.env, db, [await bumpAccess(db, project.id)]);
    return c.json({ member: memberJson(row, null, team) }, 201);
  }

  const email = body.email.trim().toLowerCase();
  if (email === actor.email.toLowerCase()) {
    throw new ApiError(
      400,
      ApiErrorCode.ValidationFailed,
      "You cannot invite yourself: you are already on this project",
    );
  }
  const invitation = await inviteByEmail(db, c.get("mailer")(), {
    project,
    email,
    role: body.role,
    inviter: actor,
    origin: c.env.PUBLIC_URL || new URL(c.req.url).origin,
  });
  return c.json({ invitation } satisfies AddMemberResult, 202);
}

async function insertMember(db: ReturnType<AppEnv["Variables"]["db"]>, values: typeof projectMembers.$inferInsert) {
  try {
    const [row] = await db.insert(projectMembers).values(values).returning();
    if (!row) throw new Error("insert returned no member");
    return row;
  } catch (err) {
    if (isUniqueViolation(err)) throw new ApiError(409, ApiErrorCode.Conflict, "Already a member of this project");
    throw err;
  }
}
