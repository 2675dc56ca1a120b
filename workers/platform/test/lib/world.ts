import { Client, signUp } from "./Client.ts";
import { share } from "./share.ts";

export type Visibility = "private" | "unlisted" | "public";
export type Persona = "owner" | "editor" | "viewer" | "teamMember" | "stranger" | "anonymous";
export const PERSONAS: Persona[] = ["owner", "editor", "viewer", "teamMember", "stranger", "anonymous"];
export const VISIBILITIES: Visibility[] = ["private", "unlisted", "public"];

export type People = Record<Persona, Client & { email: string; userId: string }> & {
  extra: Client & { email: string; userId: string };
};

/** Signs up everyone once and puts teamMember in a team that owner also belongs to. */
export async function makePeople(): Promise<{ people: People; teamId: string }> {
  const [owner, editor, viewer, teamMember, stranger, extra] = await Promise.all(
    ["Owner", "Editor", "Viewer", "Team Member", "Stranger", "Extra"].map((name) => signUp(name)),
  );
  if (!owner || !editor || !viewer || !teamMember || !stranger || !extra) throw new Error("sign-up failed");
  const anonymous = Object.assign(new Client(), { email: "", userId: "" });

  const team = await owner.json<{ id: string }>("/api/auth/organization/create", {
    method: "POST",
    json: { name: "Core team", slug: `core-${Date.now()}-${Math.random().toString(36).slice(2, 8)}` },
  });
  if (team.status !== 200) throw new Error(`team creation failed: ${JSON.stringify(team.body)}`);
  const invite = await owner.json<{ id: string }>("/api/auth/organization/invite-member", {
    method: "POST",
    json: { email: teamMember.email, role: "member", organizationId: team.body.id },
  });
  if (invite.status !== 200) throw new Error(`team invitation failed: ${JSON.stringify(invite.body)}`);
  const accepted = await teamMember.json("/api/auth/organization/accept-invitation", {
    method: "POST",
    json: { invitationId: invite.body.id },
  });
  if (accepted.status !== 200) throw new Error(`team acceptance failed: ${JSON.stringify(accepted.body)}`);
  return { people: { owner, editor, viewer, teamMember, stranger, anonymous, extra }, teamId: team.body.id };
}

export interface SharedProject {
  id: string;
  memberIds: Record<"owner" | "editor" | "viewer" | "extra", number>;
  blobHash: string;
}

/**
 * A project owned by `owner`, with editor, viewer and extra as members (each accepted the
 * invitation from its email), the team as editor, and one blob.
 */
export async function makeProject(people: People, teamId: string, visibility: Visibility): Promise<SharedProject> {
  const { owner } = people;
  const created = await owner.json<{ id: string }>("/api/projects", {
    method: "POST",
    json: { name: `Matrix ${visibility}`, visibility },
  });
  if (created.status !== 201) throw new Error(`project creation failed: ${JSON.stringify(created.body)}`);
  const id = created.body.id;
  const editor = await share(owner, id, people.editor, "editor");
  const viewer = await share(owner, id, people.viewer, "viewer");
  const extra = await share(owner, id, people.extra, "viewer");
  const team = await owner.json(`/api/projects/${id}/members`, { method: "POST", json: { teamId, role: "editor" } });
  if (team.status !== 201) throw new Error(`sharing with the team failed: ${JSON.stringify(team.body)}`);
  const members = await owner.json<{ members: Array<{ id: number; user?: { id: string } }> }>(
    `/api/projects/${id}/members`,
  );
  const ownerMember = members.body.members.find((m) => m.user?.id === owner.userId)?.id ?? -1;
  const blob = await owner.json<{ hash: string }>(`/api/projects/${id}/blobs`, {
    method: "PUT",
    body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, visibility.length]),
  });
  return { id, memberIds: { owner: ownerMember, editor, viewer, extra }, blobHash: blob.body.hash };
}
