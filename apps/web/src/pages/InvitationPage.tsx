import { useParams } from "react-router";
import { projectsApi } from "../api/projectsApi.ts";
import { authClient } from "../auth/authClient.ts";
import { InvitationAnswer } from "../invitations/InvitationAnswer.tsx";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { Loading } from "../ui/Loading.tsx";
import { useDocumentTitle } from "../ui/useDocumentTitle.ts";
import { useResource } from "../ui/useResource.ts";
import { ROLE_LABELS } from "../project/labels.ts";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** `/invitations/:token`: who invited whom to what, then sign in (if needed) and accept. */
export function InvitationPage() {
  const { token = "" } = useParams();
  const { state } = useResource(`invitation:${token}`, (signal) => projectsApi.invitation(token, signal));
  const { data: session, isPending } = authClient.useSession();
  useDocumentTitle(state.status === "ready" ? `Join ${state.data.invitation.project.name}` : "Invitation");

  if (state.status === "loading") return <Loading label="Opening the invitation…" />;
  if (state.status === "error") {
    return (
      <div className="narrow stack">
        <h2>This invitation cannot be used</h2>
        <ErrorMessage message={state.error.message} />
        <p>Ask whoever invited you to send a new invitation.</p>
      </div>
    );
  }
  const { invitation } = state.data;
  return (
    <div className="narrow stack">
      <h2>Join {invitation.project.name}</h2>
      <p>
        {invitation.invitedBy.name || "Someone"} invited <strong>{invitation.email}</strong> to join{" "}
        <strong>{invitation.project.name}</strong> as {ROLE_LABELS[invitation.role].label.toLowerCase()}.
      </p>
      <p className="muted">This invitation expires {dateFormat.format(new Date(invitation.expiresAt))}.</p>
      {isPending && !session ? (
        <Loading label="Checking your session…" />
      ) : (
        <InvitationAnswer token={token} invitation={invitation} signedInAs={session?.user.email ?? null} />
      )}
    </div>
  );
}
