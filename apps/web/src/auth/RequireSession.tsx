import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { Loading } from "../ui/Loading.tsx";
import { authClient, type SessionUser } from "./authClient.ts";
import { authHref } from "./returnPath.ts";

/**
 * Renders `children` with the signed-in user, or sends the visitor to sign in and back.
 * When the session cannot be checked at all (offline), it says so instead of pretending
 * the person is signed out.
 */
export function RequireSession({ children }: { children: (user: SessionUser) => ReactNode }) {
  const { data, isPending, error, refetch } = authClient.useSession();
  const { pathname, search, hash } = useLocation();
  if (data) return children(data.user);
  if (isPending) return <Loading label="Checking your session…" />;
  const unauthorized = error === null || (error as { status?: unknown }).status === 401;
  if (!unauthorized) {
    return (
      <div className="stack">
        <p role="alert" className="error">
          {navigator.onLine
            ? "Cannot check your session. Try again in a moment."
            : "You are offline. Reconnect and try again."}
        </p>
        <button type="button" className="button" onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );
  }
  return <Navigate to={authHref("/sign-in", { next: `${pathname}${search}${hash}` })} replace />;
}
