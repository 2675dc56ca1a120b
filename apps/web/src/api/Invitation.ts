import type { ProjectRole } from "./Project.ts";

/** `GET /api/invitations/:token`: what the invited person sees before accepting. */
export interface Invitation {
  email: string;
  role: ProjectRole;
  project: { id: string; name: string };
  invitedBy: { name: string };
  expiresAt: string;
}

/** `GET /api/invitations`: one of the signed-in person's pending invitations, as the dashboard lists it. */
export interface PendingInvitation {
  id: string;
  role: ProjectRole;
  project: { id: string; name: string };
  invitedBy: { name: string };
  expiresAt: string;
}
