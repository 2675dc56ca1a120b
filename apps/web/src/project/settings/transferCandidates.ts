import type { Member } from "../../api/Member.ts";

export type PersonMember = Member & { user: NonNullable<Member["user"]> };

/** Who can receive the project: people (not teams) who are already members, other than you. */
export function transferCandidates(members: readonly Member[], userId: string): PersonMember[] {
  return members.filter((member): member is PersonMember => member.user !== undefined && member.user.id !== userId);
}
