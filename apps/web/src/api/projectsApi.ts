import { api } from "./api.ts";
import type { AddMemberResult, Member, MemberId, MemberList } from "./Member.ts";
import type { Invitation, PendingInvitation } from "./Invitation.ts";
import type { Project, ProjectList, ProjectRole, Visibility } from "./Project.ts";

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

/** The project, member and invitation routes, typed. Each throws an ApiRequestError. */
export const projectsApi = {
  list: (filter: ProjectFilter, cursor: string | null, signal?: AbortSignal) =>
    api<ProjectList>(
      `/api/projects?limit=20&filter=${filter}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      { signal },
    ),
  get: (id: string, signal?: AbortSignal) => api<Project>(project(id), { signal }),
  create: (body: NewProject) => api<Project>("/api/projects", { method: "POST", body }),
  update: (id: string, body: ProjectPatch) => api<Project>(project(id), { method: "PATCH", body }),
  remove: (id: string) => api<void>(project(id), { method: "DELETE" }),
  transfer: (id: string, userId: string) =>
    api<Project>(`${project(id)}/transfer`, { method: "POST", body: { userId } }),

  members: (id: string, signal?: AbortSignal) => api<MemberList>(`${project(id)}/members`, { signal }),
  addMember: (id: string, email: string, role: ProjectRole) =>
    api<AddMemberResult>(`${project(id)}/members`, { method: "POST", body: { email, role } }),
  updateMember: (id: string, memberId: MemberId, role: ProjectRole) =>
    api<{ member: Member }>(member(id, memberId), { method: "PATCH", body: { role } }),
  removeMember: (id: string, memberId: MemberId) => api<void>(member(id, memberId), { method: "DELETE" }),

  revokeInvitation: (id: string, invitationId: string) =>
    api<void>(`${project(id)}/invitations/${encodeURIComponent(invitationId)}`, { method: "DELETE" }),
  invitation: (token: string, signal?: AbortSignal) => api<{ invitation: Invitation }>(invitation(token), { signal }),
  acceptInvitation: (token: string) =>
    api<{ project: Project }>(`${invitation(token)}/accept`, { method: "POST", body: {} }),
  myInvitations: (signal?: AbortSignal) => api<{ invitations: PendingInvitation[] }>("/api/invitations", { signal }),
  acceptPendingInvitation: (id: string, invitationId: string) =>
    api<{ project: Project }>(`${project(id)}/invitations/${encodeURIComponent(invitationId)}/accept`, {
      method: "POST",
      body: {},
    }),
};
