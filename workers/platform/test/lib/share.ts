import { type Client, linkInMail } from "./Client.ts";

/**
 * Shares project `id` with `person` as a person would: the owner invites their email, and
 * they accept from the link in the invitation email. Answers their member id.
 */
export async function share(
  owner: Client,
  id: string,
  person: Client & { email: string; userId: string },
  role: string,
): Promise<number> {
  const invited = await owner.json(`/api/projects/${id}/members`, {
    method: "POST",
    json: { email: person.email, role },
  });
  if (invited.status !== 202) throw new Error(`inviting ${person.email} failed: ${JSON.stringify(invited.body)}`);
  const link = await linkInMail(person.email, /\/invitations\//);
  const accepted = await person.json(`/api${link}/accept`, { method: "POST" });
  if (accepted.status !== 200) throw new Error(`accepting the invitation failed: ${JSON.stringify(accepted.body)}`);
  const listed = await owner.json<{ members: Array<{ id: number; user?: { id: string } }> }>(
    `/api/projects/${id}/members`,
  );
  const member = listed.body.members.find((m) => m.user?.id === person.userId);
  if (!member) throw new Error(`${person.email} accepted but is not among the members`);
  return member.id;
}
