import {
  acceptedInvitationSchema,
  addMemberResultSchema,
  invitationAnswerSchema,
  memberListSchema,
  myInvitationListSchema,
  projectListSchema,
  projectSchema,
  updatedMemberSchema,
} from "@wove/protocol";
import { api } from "./api.ts";
import type { MemberId } from "./Member.ts";
import type { ProjectRole, Visibility } from "./Project.ts";

export interface NewProject {
  /** Chosen by the client (`newId()`), so a project made offline keeps its id; the server picks one otherwise. */
  id?: string;
  name: string;
  description?: string;
  visibility: Visibility;
}

export type ProjectPatch = Partial<Omit<NewProject, "id">>;

const project = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const member = (id: string, memberId: MemberId) => `${project(id)}/members/${encodeURIComponent(String(memberId))}`;
const invitation = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

/** owned: projects the person owns; shared: projects others own and share with them. */
export type ProjectFilter = "owned" | "shared";

/**
 * The project, member and invitation routes, each answer parsed with its wire schema.
 * Each throws an ApiRequestError.
 */
export const projectsApi = {
  list: (filter: ProjectFilter, cursor: string | null, signal?: AbortSignal) =>
    api(`/api/projects?limit=20&filter=${filter}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, {
      signal,
      schema: projectListSchema,
    }),
  get: (id: string, signal?: AbortSignal) => api(project(id), { signal, schema: projectSchema }),
  create: (body: NewProject) => api("/api/projects", { method: "POST", body, schema: projectSchema }),
  update: (id: string, body: ProjectPatch) => api(project(id), { method: "PATCH", body, schema: projectSchema }),
  remove: (id: string) => api<void>(project(id), { method: "DELETE" }),
  transfer: (id: string, userId: string) =>
    api(`${project(id)}/transfer`, { method: "POST", body: { userId }, schema: projectSchema }),

  members: (id: string, signal?: AbortSignal) => api(`${project(id)}/members`, { signal, schema: memberListSchema }),
  addMember: (id: string, email: string, role: ProjectRole) =>
    api(`${project(id)}/members`, { method: "POST", body: { email, role }, schema: addMemberResultSchema }),
  updateMember: (id: string, memberId: MemberId, role: ProjectRole) =>
    api(member(id, memberId), { method: "PATCH", body: { role }, schema: updatedMemberSchema }),
  removeMember: (id: string, memberId: MemberId) => api<void>(member(id, memberId), { method: "DELETE" }),

  revokeInvitation: (id: string, invitationId: string) =>
    api<void>(`${project(id)}/invitations/${encodeURIComponent(invitationId)}`, { method: "DELETE" }),
  invitation: (token: string, signal?: AbortSignal) =>
    api(invitation(token), { signal, schema: invitationAnswerSchema }),
  acceptInvitation: (token: string) =>
    api(`${invitation(token)}/accept`, { method: "POST", body: {}, schema: acceptedInvitationSchema }),
  myInvitations: (signal?: AbortSignal) => api("/api/invitations", { signal, schema: myInvitationListSchema }),
  acceptPendingInvitation: (id: string, invitationId: string) =>
    api(`${project(id)}/invitations/${encodeURIComponent(invitationId)}/accept`, {
      method: "POST",
      body: {},
      schema: acceptedInvitationSchema,
    }),
};
