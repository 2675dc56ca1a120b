import { createBrowserRouter } from "react-router";
import { RequireSession } from "./auth/RequireSession.tsx";
import { AccountSettingsPage } from "./pages/AccountSettingsPage.tsx";
import { HomePage } from "./pages/HomePage.tsx";
import { InvitationPage } from "./pages/InvitationPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { SignInPage } from "./pages/SignInPage.tsx";
import { SignUpPage } from "./pages/SignUpPage.tsx";
import { StatusPage } from "./pages/StatusPage.tsx";
import { ProjectSettingsPage } from "./project/settings/ProjectSettingsPage.tsx";
import { AppLayout } from "./ui/AppLayout.tsx";
import { Loading } from "./ui/Loading.tsx";
import { RouteError } from "./ui/RouteError.tsx";

/** The app's pages. Unknown paths still get the shell (wrangler's SPA fallback), then NotFoundPage. */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "sign-in", element: <SignInPage /> },
      { path: "sign-up", element: <SignUpPage /> },
      { path: "status", element: <StatusPage /> },
      {
        path: "settings",
        element: <RequireSession>{(user) => <AccountSettingsPage user={user} />}</RequireSession>,
      },
      { path: "invitations/:token", element: <InvitationPage /> },
      {
        path: "p/:projectId/settings",
        element: <RequireSession>{(user) => <ProjectSettingsPage user={user} />}</RequireSession>,
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
  // The IDE owns the whole window; `*` is the open file's path (a shareable deep link).
  // Loaded on demand: the IDE (Yjs, panes, later Monaco) stays off the shell's critical path.
  {
    path: "p/:projectId/*",
    lazy: async () => ({ Component: (await import("./ide/IdePage.tsx")).IdePage }),
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading label="Opening the IDE…" />,
  },
]);
