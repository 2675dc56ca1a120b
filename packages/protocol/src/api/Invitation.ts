import * as z from "zod/mini";
import { projectRoleSchema } from "./Project.ts";

/** `GET /api/invitations/:token`: what the invited person sees before accepting. */
export const invitationSchema = z.object({
  email: z.string(),
  role: projectRoleSchema,
  project: z.object({ id: z.string(), name: z.string() }),
  invitedBy: z.object({ name: z.string() }),
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const invitationAnswerSchema = z.object({ invitation: invitationSchema });
export type InvitationAnswer = z.infer<typeof invitationAnswerSchema>;

/** `GET /api/invitations`: one of the signed-in person's pending invitations, as the dashboard lists it. */
export const myInvitationSchema = z.object({
  id: z.string(),
  role: projectRoleSchema,
  project: z.object({ id: z.string(), name: z.string() }),
  invitedBy: z.object({ name: z.string() }),
  expiresAt: z.string(),
});
export type MyInvitation = z.infer<typeof myInvitationSchema>;

export const myInvitationListSchema = z.object({ invitations: z.array(myInvitationSchema) });
export type MyInvitationList = z.infer<typeof myInvitationListSchema>;
