import type { AddMemberResult } from "../../api/Member.ts";
import { ROLE_LABELS } from "../labels.ts";
import { memberLabel } from "./memberLabel.ts";

/** What to tell the owner after an invite: added at once (201) or invited by email (202). */
export function describeAddMember(result: AddMemberResult): string {
  if ("member" in result) {
    return `${memberLabel(result.member)} now has access as ${ROLE_LABELS[result.member.role].label.toLowerCase()}.`;
  }
  return `Invitation sent to ${result.invitation.email}.`;
}
