import { projectInvitations, projectMembers, user, type Database, type ProjectRole } from "@wove/db";
import { ApiErrorCode, newId } from "@wove/protocol";
import { and, eq, isNull } from "drizzle-orm";
import { ApiError } from "../errors/ApiError.ts";
import type { Mailer } from "../mail/Mailer.ts";
import { invitationEmail } from "../mail/templates.ts";
import { hashToken, INVITATION_TTL_MS, newInvitationToken } from "./invitationToken.ts";

export interface InviteByEmail {
  project: { id: string; name: string };
  email: string;
  role: ProjectRole;
  inviter: { userId: string; name: string };
  /** Where the link in the email points (the platform's public origin). */
  origin: string;
}

/**
 * Invites an email to a project, whoever holds it: a confirmed account, an unconfirmed one
 * or none. Nobody is added without accepting, so the answer, the list and the email are the
 * same in every case and a project owner cannot learn from them whether an account exists.
 * One pending invitation per email and project; a new one replaces it.
 */
export async function inviteByEmail(db: Database, mailer: Mailer, invite: InviteByEmail) {
  const { project, email, role, inviter } = invite;
  // Members' emails are on the member list the owner already reads, so this tells nothing new.
  const [already] = await db
    .select({ id: projectMembers.id })
    .from(projectMembers)
    .innerJoin(user, eq(user.id, projectMembers.userId))
    .where(and(eq(projectMembers.projectId, project.id), eq(user.email, email)));
  if (already) throw new ApiError(409, ApiErrorCode.Conflict, "Already a member of this project");

  const token = newInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  const invitation = { id: newId(), projectId: project.id, email, role, invitedBy: inviter.userId, expiresAt };
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
  await mailer.send(
    invitationEmail(email, `the project "${project.name}"`, inviter.name, `${invite.origin}/invitations/${token}`),
  );
  return { id: invitation.id, email, role, expiresAt: expiresAt.toISOString() };
}
