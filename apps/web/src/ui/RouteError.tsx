import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { AppFooter } from "./AppFooter.tsx";
import { AppHeader } from "./AppHeader.tsx";

/** What a page that threw while rendering shows instead: what happened and a way home. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : "Something went wrong.";
  return (
    <div className="app">
      <AppHeader />
      <main id="main" className="shell">
        <h2>This page broke</h2>
        <p role="alert" className="error">
          {message}
        </p>
        <p>
          <Link to="/">Go to your projects</Link> or reload the page.
        </p>
      </main>
      <AppFooter />
    </div>
  );
}
