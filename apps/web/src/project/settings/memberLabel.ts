import type { Member } from "../../api/Member.ts";

/** How a member is named in the list: a person by name (or email), a team as a team. */
export function memberLabel(member: Member): string {
  if (member.user) return member.user.name.trim() || member.user.email || "Unnamed member";
  if (member.team) return `${member.team.name} (team)`;
  return "Unknown member";
}
