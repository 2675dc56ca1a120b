import { member as teamMember, organization, projectInvitations, projectMembers, user } from "@wove/db";
import { ApiErrorCode, newId, type AddMemberResult } from "@wove/protocol";
import { and, eq, isNull } from "drizzle-orm";
import type { Context } from "hono";
import type { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { addedToProjectEmail, invitationEmail } from "../mail/templates.ts";
import { Action } from "../policy/can.ts";
import { hashToken, INVITATION_TTL_MS, newInvitationToken } from "../projects/invitationToken.ts";
import { bumpAccess, tellRooms } from "../projects/bumpAccess.ts";
import { memberJson } from "../projects/members.ts";
import { isUniqueViolation } from "../projects/isUniqueViolation.ts";
import { authorizeProject } from "../projects/projectAccess.ts";
import type { addMemberSchema } from "../projects/schemas.ts";

type Input = { out: { json: z.output<typeof addMemberSchema> } };

/**
 * `POST /api/projects/:id/members` `{email, role}` or `{teamId, role}`: adds a person whose
 * account's email is proven (201 `{member}`), or invites any other email (202
 * `{invitation}`, with an email carrying the link), or shares with a team the caller belongs to (201).
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
  // Only a proven email is added at once. An unproven one may belong to someone who signed
  // up with an address they do not hold: it gets the invitation an unknown email gets, the
  // same answer and the same email, so the answer does not tell whether it has an account.
  const [person] = await db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .where(and(eq(user.email, email), eq(user.emailVerified, true)));
  const origin = c.env.PUBLIC_URL || new URL(c.req.url).origin;
  if (person) {
    const row = await insertMember(db, { projectId: project.id, userId: person.id, role: body.role });
    // A visitor of a public project who was added reconnects with their new role.
    await tellRooms(c.env, db, [await bumpAccess(db, project.id)]);
    await c
      .get("mailer")()
      .send(addedToProjectEmail(person.email, project.name, actor.name, `${origin}/p/${project.id}`));
    return c.json({ member: memberJson(row, person, null) }, 201);
  }

  // No proven account: one pending invitation per email and project; a new one replaces it.
  const token = newInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  const invitation = { id: newId(), projectId: project.id, email, role: body.role, invitedBy: actor.userId, expiresAt };
  await db.transaction(async (tx) => {
    await tx
      .delete(projectInvitations)
      .where(
        and(
          eq(projectInvitations.projectId, project.id),
          eq(projectInvitations.email, email),
          isNull(projectInvitations.acceptedAt),
        ),
      );
    await tx.insert(projectInvitations).values({ ...invitation, tokenHash: await hashToken(token) });
  });
  await c
    .get("mailer")()
    .send(invitationEmail(email, `the project "${project.name}"`, actor.name, `${origin}/invitations/${token}`));
  return c.json(
    {
      invitation: { id: invitation.id, email, role: invitation.role, expiresAt: expiresAt.toISOString() },
    } satisfies AddMemberResult,
    202,
  );
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
