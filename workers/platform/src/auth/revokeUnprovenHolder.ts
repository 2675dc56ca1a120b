import {
  apikey,
  invitation as teamInvitation,
  member as teamMember,
  projectInvitations,
  projectMembers,
  providerKeys,
  type Database,
} from "@wove/db";
import { and, eq, isNull } from "drizzle-orm";

/**
 * The better-auth endpoints that prove an email for an account that was not proven before
 * (its holder signed up with a password nobody checked), and that better-auth answers by
 * removing the account's password and sessions (`revokeUnprovenAccountAccess`). The
 * confirmation link sent on sign-up (`/verify-email`) is not one: following it confirms
 * the account as it is, password included.
 */
export const UNPROVEN_HOLDER_PROOFS = ["/magic-link/verify"] as const;

/**
 * Everything the unproven holder of an account made before its email was proven, gone in
 * one transaction: API keys, project and team memberships, the pending project and team
 * invitations they sent, and their saved AI provider keys. Whoever proved the email starts
 * from nothing that was not theirs. A project the holder owned loses its owner with its
 * membership: nobody can reach a private one any more.
 */
export async function revokeUnprovenHolder(db: Database, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(apikey).where(eq(apikey.referenceId, userId));
    await tx.delete(projectMembers).where(eq(projectMembers.userId, userId));
    await tx
      .delete(projectInvitations)
      .where(and(eq(projectInvitations.invitedBy, userId), isNull(projectInvitations.acceptedAt)));
    await tx.delete(teamMember).where(eq(teamMember.userId, userId));
    await tx
      .delete(teamInvitation)
      .where(and(eq(teamInvitation.inviterId, userId), eq(teamInvitation.status, "pending")));
    await tx.delete(providerKeys).where(eq(providerKeys.userId, userId));
  });
}
