import { Link, NavLink } from "react-router";
import { authClient } from "../auth/authClient.ts";

/**
 * The banner. "Wove" is the site's one h1 on every page (page titles are h2), so deep
 * links and the landing page alike announce the app.
 */
export function AppHeader() {
  const { data: session, isPending } = authClient.useSession();
  return (
    <header className="topbar">
      <div className="topbar__inner">
        <h1 className="brand">
          <Link to="/" className="brand__link">
            <img src="/icon.svg" alt="" width={32} height={32} />
            Wove
          </Link>
        </h1>
        <nav aria-label="Account" className="topbar__nav">
          {session ? (
            <>
              <NavLink to="/" end>
                Projects
              </NavLink>
              <NavLink to="/settings">Account</NavLink>
            </>
          ) : (
            !isPending && (
              <>
                <NavLink to="/sign-in">Sign in</NavLink>
                <NavLink to="/sign-up">Create account</NavLink>
              </>
            )
          )}
        </nav>
      </div>
    </header>
  );
}
