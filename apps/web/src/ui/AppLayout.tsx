import { Outlet } from "react-router";
import { AppFooter } from "./AppFooter.tsx";
import { AppHeader } from "./AppHeader.tsx";
import { NoticeStack } from "./NoticeStack.tsx";

/** Every page: the banner with the account menu, confirmations, the page, the footer. */
export function AppLayout() {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader />
      <main id="main" className="shell" tabIndex={-1}>
        <NoticeStack />
        <Outlet />
      </main>
      <AppFooter />
    </div>
  );
}
