import type { InvitationAnswer } from "@wove/protocol";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { findInvitation } from "../projects/findInvitation.ts";

/** `GET /api/invitations/:token`: what the link invites to, for the accept page. */
export async function getInvitation(c: Context<AppEnv>): Promise<Response> {
  const { invitation, project, invitedBy } = await findInvitation(c.get("db")(), { token: c.req.param("token") ?? "" });
  return c.json({
    invitation: {
      email: invitation.email,
      role: invitation.role,
      project,
      invitedBy,
      expiresAt: invitation.expiresAt.toISOString(),
    },
  } satisfies InvitationAnswer);
}
