import { useNavigate } from "react-router";
import { withArticle } from "@wove/protocol";
import type { PendingInvitation } from "../api/Invitation.ts";
import { projectsApi } from "../api/projectsApi.ts";
import { ROLE_LABELS } from "../project/labels.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { useAction } from "../ui/useAction.ts";
import { useResource } from "../ui/useResource.ts";

/**
 * The invitations waiting for the signed-in person, each with Accept: what adding someone by
 * email gives them (the same email link works too). Shown only when there is one.
 */
export function PendingInvitations({ userId }: { userId: string }) {
  const { state, reload } = useResource(`invitations:${userId}`, (signal) => projectsApi.myInvitations(signal));
  if (state.status !== "ready" || state.data.invitations.length === 0) return null;
  return (
    <section className="stack" aria-label="Invitations">
      <h3>Invitations</h3>
      <ul className="stack">
        {state.data.invitations.map((invitation) => (
          <InvitationItem key={invitation.id} invitation={invitation} onGone={reload} />
        ))}
      </ul>
    </section>
  );
}

function InvitationItem({ invitation, onGone }: { invitation: PendingInvitation; onGone: () => void }) {
  const navigate = useNavigate();
  const accept = useAction(() => projectsApi.acceptPendingInvitation(invitation.project.id, invitation.id));
  const role = ROLE_LABELS[invitation.role].label.toLowerCase();
  return (
    <li className="stack">
      <p>
        {invitation.invitedBy.name} invited you to {invitation.project.name} as {withArticle(role)}.
      </p>
      <ErrorMessage message={accept.error?.message} />
      <div className="row">
        <button
          type="button"
          className="button button--primary"
          disabled={accept.pending}
          aria-label={`Accept the invitation to ${invitation.project.name}`}
          onClick={() =>
            void accept.run().then((result) => {
              if (result.ok) void navigate(`/p/${encodeURIComponent(invitation.project.id)}`);
              // Used or expired meanwhile: the list shows what is left.
              else if (result.error.status === 410) onGone();
            })
          }
        >
          {accept.pending ? "Accepting…" : "Accept"}
        </button>
      </div>
    </li>
  );
}
