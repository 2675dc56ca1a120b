import type { ProjectRole } from "./Project.ts";

/** The API numbers members (a serial) but names invitations and projects by string ids. */
export type MemberId = string | number;

/** Someone with access to a project: a person or a team. */
export interface Member {
  id: MemberId;
  role: ProjectRole;
  /** `email` is shown only to members of the project. */
  user?: { id: string; name: string; email?: string };
  team?: { id: string; name: string };
}

/** An invitation sent to an email that has no account yet. */
export interface PendingInvitation {
  id: string;
  email: string;
  role: ProjectRole;
  expiresAt: string;
}

/** `GET /api/projects/:id/members`. */
export interface MemberList {
  members: Member[];
  invitations: PendingInvitation[];
}

/** `POST /api/projects/:id/members`: 201 when the email has an account, 202 when it was invited. */
export type AddMemberResult = { member: Member } | { invitation: PendingInvitation };
