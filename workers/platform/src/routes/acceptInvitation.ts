import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { findInvitation } from "../projects/findInvitation.ts";
import { joinByInvitation } from "../projects/joinByInvitation.ts";
import { requireUser } from "../projects/projectAccess.ts";

/**
 * `POST /api/invitations/:token/accept`: the signed-in person whose email the invitation
 * names joins the project with its role (the link in the invitation email).
 */
export async function acceptInvitation(c: Context<AppEnv>): Promise<Response> {
  const actor = await requireUser(c);
  const { invitation } = await findInvitation(c.get("db")(), { token: c.req.param("token") ?? "" });
  return c.json(await joinByInvitation(c, actor, invitation));
}
