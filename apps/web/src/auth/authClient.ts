import { createAuthClient } from "better-auth/react";
import { magicLinkClient, organizationClient } from "better-auth/client/plugins";

/**
 * better-auth's client for `/api/auth/*` on this origin: sign-up, sign-in (password,
 * magic link, GitHub), sign-out, and the session as a React hook.
 */
export const authClient = createAuthClient({
  plugins: [magicLinkClient(), organizationClient()],
});

export type Session = typeof authClient.$Infer.Session;
export type SessionUser = Session["user"];
