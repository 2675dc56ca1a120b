import * as z from "zod/mini";
import { projectRoleSchema } from "./Project.ts";

/** Someone with access to a project: a person or a team. The API numbers members (a serial). */
export const memberSchema = z.object({
  id: z.number(),
  role: projectRoleSchema,
  /** `email` is shown only to members of the project. */
  user: z.optional(z.object({ id: z.string(), name: z.string(), email: z.optional(z.string()) })),
  team: z.optional(z.object({ id: z.string(), name: z.string() })),
  createdAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

/** An invitation sent to an email that has no account yet. */
export const pendingInvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: projectRoleSchema,
  expiresAt: z.string(),
});
export type PendingInvitation = z.infer<typeof pendingInvitationSchema>;

/** `GET /api/projects/:id/members`: invitations are answered only to those who may manage members. */
export const memberListSchema = z.object({
  members: z.array(memberSchema),
  invitations: z.array(pendingInvitationSchema),
});
export type MemberList = z.infer<typeof memberListSchema>;

/** `PATCH /api/projects/:id/members/:memberId`. */
export const updatedMemberSchema = z.object({ member: memberSchema });
export type UpdatedMember = z.infer<typeof updatedMemberSchema>;

/** `POST /api/projects/:id/members`: 201 `{member}` for a team, 202 `{invitation}` for any email (account or not). */
export const addMemberResultSchema = z.union([
  z.object({ member: memberSchema }),
  z.object({ invitation: pendingInvitationSchema }),
]);
export type AddMemberResult = z.infer<typeof addMemberResultSchema>;
