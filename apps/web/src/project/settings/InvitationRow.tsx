import type { PendingInvitation } from "../../api/Member.ts";
import { Badge } from "../Badge.tsx";
import { ROLE_LABELS } from "../labels.ts";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** An invitation waiting for someone to sign up with its email and accept it. */
export function InvitationRow({ invitation }: { invitation: PendingInvitation }) {
  return (
    <li className="member">
      <div className="member__who">
        <span className="member__name">{invitation.email}</span>
        <span className="muted">Expires {dateFormat.format(new Date(invitation.expiresAt))}</span>
      </div>
      <div className="member__actions">
        <Badge label="Role">{ROLE_LABELS[invitation.role].label}</Badge>
      </div>
    </li>
  );
}
