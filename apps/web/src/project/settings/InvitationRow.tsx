import type { PendingInvitation } from "../../api/Member.ts";
import { projectsApi } from "../../api/projectsApi.ts";
import { ErrorMessage } from "../../ui/ErrorMessage.tsx";
import { useAction } from "../../ui/useAction.ts";
import { Badge } from "../Badge.tsx";
import { ROLE_LABELS } from "../labels.ts";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/**
 * An invitation waiting for someone to sign up with its email and accept it. Owners see
 * these (the API lists them to no one else) and can revoke one: its link stops working.
 */
export function InvitationRow({
  projectId,
  invitation,
  onChanged,
}: {
  projectId: string;
  invitation: PendingInvitation;
  onChanged: () => void;
}) {
  const revoke = useAction(() => projectsApi.revokeInvitation(projectId, invitation.id));
  return (
    <li className="member">
      <div className="member__who">
        <span className="member__name">{invitation.email}</span>
        <span className="muted">Expires {dateFormat.format(new Date(invitation.expiresAt))}</span>
      </div>
      <div className="member__actions">
        <Badge label="Role">{ROLE_LABELS[invitation.role].label}</Badge>
        <button
          type="button"
          className="button button--danger"
          aria-label={`Revoke the invitation for ${invitation.email}`}
          disabled={revoke.pending}
          onClick={() => void revoke.run().then((result) => result.ok && onChanged())}
        >
          {revoke.pending ? "Revoking…" : "Revoke"}
        </button>
      </div>
      <ErrorMessage message={revoke.error?.message} />
    </li>
  );
}
