import { Link, useNavigate } from "react-router";
import { withArticle } from "@wove/protocol";
import type { Invitation } from "../api/Invitation.ts";
import { projectsApi } from "../api/projectsApi.ts";
import { authClient } from "../auth/authClient.ts";
import { readAuthError } from "../auth/readAuthError.ts";
import { authHref } from "../auth/returnPath.ts";
import { useNotices } from "../state/useNotices.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { useAction } from "../ui/useAction.ts";
import { ROLE_LABELS } from "../project/labels.ts";

/**
 * What the invited person can do now: sign in (or up) with the invited email and come
 * back, switch accounts when signed in as someone else, or accept.
 */
export function InvitationAnswer({
  token,
  invitation,
  signedInAs,
}: {
  token: string;
  invitation: Invitation;
  signedInAs: string | null;
}) {
  const navigate = useNavigate();
  const notify = useNotices((state) => state.notify);
  const here = `/invitations/${encodeURIComponent(token)}`;
  const accept = useAction(() => projectsApi.acceptInvitation(token));
  const signOut = useAction(async () => {
    const { error } = await authClient.signOut();
    if (error) throw readAuthError(error);
  });

  if (!signedInAs) {
    return (
      <div className="stack">
        <p>Sign in with {invitation.email} to accept. No account yet? An emailed sign-in link creates one.</p>
        <p className="row">
          <Link
            to={authHref("/sign-in", { next: here, email: invitation.email, method: "link" })}
            className="button button--primary"
          >
            Sign in to accept
          </Link>
          <Link to={authHref("/sign-up", { next: here, email: invitation.email })} className="button">
            Create an account
          </Link>
        </p>
      </div>
    );
  }

  if (signedInAs.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <div className="stack">
        <p role="alert" className="error">
          You are signed in as {signedInAs}, but this invitation is for {invitation.email}. Sign out, then sign in with{" "}
          {invitation.email}.
        </p>
        <ErrorMessage message={signOut.error?.message} />
        <div>
          <button type="button" className="button" disabled={signOut.pending} onClick={() => void signOut.run()}>
            {signOut.pending ? "Signing out…" : "Sign out"}
          </button>
        </div>
      </div>
    );
  }

  const projectSettings = `/p/${encodeURIComponent(invitation.project.id)}/settings`;
  return (
    <div className="stack">
      <ErrorMessage message={accept.error?.message} />
      <div>
        <button
          type="button"
          className="button button--primary"
          disabled={accept.pending}
          onClick={() =>
            void accept.run().then((result) => {
              if (!result.ok) return;
              const role = withArticle(ROLE_LABELS[invitation.role].label.toLowerCase());
              notify(`You joined ${result.value.project.name} as ${role}.`, { path: projectSettings });
              void navigate(projectSettings, { replace: true });
            })
          }
        >
          {accept.pending ? "Accepting…" : "Accept invitation"}
        </button>
      </div>
    </div>
  );
}
