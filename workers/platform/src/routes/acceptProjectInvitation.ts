import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { findInvitation } from "../projects/findInvitation.ts";
import { joinByInvitation } from "../projects/joinByInvitation.ts";
import { requireUser } from "../projects/projectAccess.ts";

/**
 * `POST /api/projects/:id/invitations/:invitationId/accept`: accepts an invitation from the
 * in-app list (`GET /api/invitations`) rather than from the emailed link. Only the person
 * the invitation names may; to anyone else the project stays as hidden as it was.
 */
export async function acceptProjectInvitation(c: Context<AppEnv>): Promise<Response> {
  const actor = await requireUser(c);
  const { invitation } = await findInvitation(c.get("db")(), {
    projectId: c.req.param("id") ?? "",
    invitationId: c.req.param("invitationId") ?? "",
  });
  return c.json(await joinByInvitation(c, actor, invitation));
}
