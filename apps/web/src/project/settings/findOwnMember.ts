import type { Member } from "../../api/Member.ts";

/** The person's own direct membership; access through a team cannot be left from here. */
export function findOwnMember(members: readonly Member[], userId: string): Member | undefined {
  return members.find((member) => member.user?.id === userId);
}
