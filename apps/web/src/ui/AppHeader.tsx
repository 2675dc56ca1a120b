import { Link, NavLink } from "react-router";
import { useLocalSession } from "../local/useLocalSession.ts";

/**
 * The banner. "Wove" is the site's one h1 on every page (page titles are h2), so deep
 * links and the landing page alike announce the app.
 */
export function AppHeader() {
  // Offline, the person saved on this device still gets their menu, as the pages they open do.
  const session = useLocalSession();
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
          {session.status === "signedIn" ? (
            <>
              <NavLink to="/" end>
                Projects
              </NavLink>
              <NavLink to="/settings">Account</NavLink>
            </>
          ) : (
            session.status !== "checking" && (
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
