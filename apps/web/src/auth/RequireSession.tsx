import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useLocalSession } from "../local/useLocalSession.ts";
import { useOnline } from "../local/useOnline.ts";
import { useOutboxDrain } from "../local/useOutboxDrain.ts";
import { Loading } from "../ui/Loading.tsx";
import type { SessionUser } from "./authClient.ts";
import { authHref } from "./returnPath.ts";

/**
 * Renders `children` with the signed-in user, or sends the visitor to sign in and back.
 * When the session cannot be checked (offline, or the server not answering), the person
 * last signed in on this device stands in, with a note saying so; with nobody saved, it
 * says it cannot check instead of pretending the person is signed out. While someone is
 * signed in, the actions they took offline are sent when the network allows.
 */
export function RequireSession({ children }: { children: (user: SessionUser) => ReactNode }) {
  const session = useLocalSession();
  const { pathname, search, hash } = useLocation();
  const online = useOnline();
  useOutboxDrain(session.status === "signedIn" ? session.user.id : null);

  switch (session.status) {
    case "signedIn":
      // One shape whether or not the note shows, so children stay mounted when the network returns.
      return (
        <>
          {session.offline && (
            <p role="status" className="muted">
              {online ? "Cannot reach Wove" : "Offline"}: working from what this device saved.
            </p>
          )}
          {children(session.user)}
        </>
      );
    case "checking":
      return <Loading label="Checking your session…" />;
    case "unreachable":
      return (
        <div className="stack">
          <p role="alert" className="error">
            {online ? "Cannot check your session. Try again in a moment." : "You are offline. Reconnect and try again."}
          </p>
          <button type="button" className="button" onClick={session.retry}>
            Try again
          </button>
        </div>
      );
    case "signedOut":
      return <Navigate to={authHref("/sign-in", { next: `${pathname}${search}${hash}` })} replace />;
  }
}
