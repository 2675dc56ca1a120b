import { Link } from "react-router";
import { HealthCard } from "../HealthCard.tsx";
import { useDocumentTitle } from "../ui/useDocumentTitle.ts";

/** `/` for visitors: what Wove is, how to start, and whether the platform is up. */
export function LandingPage() {
  useDocumentTitle("");
  return (
    <div className="stack">
      <p className="lead">
        A local-first, collaborative browser IDE. Edit a project together, keep working offline, and deploy it to its
        own URL.
      </p>
      <p className="row">
        <Link to="/sign-up" className="button button--primary">
          Create an account
        </Link>
        <Link to="/sign-in" className="button">
          Sign in to your account
        </Link>
      </p>
      <HealthCard />
    </div>
  );
}
