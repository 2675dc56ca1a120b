import { Link, useLocation } from "react-router";
import type { ApiRequestError } from "../api/ApiRequestError.ts";
import { authClient } from "../auth/authClient.ts";
import { authHref } from "../auth/returnPath.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";

/**
 * Why a project did not load. A private project someone cannot see is a 404 like one that
 * does not exist, so a visitor is offered to sign in rather than told it is not there.
 */
export function ProjectLoadError({ error, onRetry }: { error: ApiRequestError; onRetry: () => void }) {
  const { data: session } = authClient.useSession();
  const { pathname } = useLocation();
  if (error.status === 404) {
    return (
      <div className="stack">
        <h2>Project not found</h2>
        <p>
          There is no project at this address, or it is private.{" "}
          {session ? (
            <>
              Ask its owner to invite {session.user.email}, or <Link to="/">go to your projects</Link>.
            </>
          ) : (
            <>
              If you are a member, <Link to={authHref("/sign-in", { next: pathname })}>sign in</Link> to open it.
            </>
          )}
        </p>
      </div>
    );
  }
  return (
    <div className="stack">
      <h2>Cannot open this project</h2>
      <ErrorMessage message={error.message} />
      <div>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}
