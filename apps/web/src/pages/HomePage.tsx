import { authClient } from "../auth/authClient.ts";
import { DashboardPage } from "../dashboard/DashboardPage.tsx";
import { Loading } from "../ui/Loading.tsx";
import { LandingPage } from "./LandingPage.tsx";

/** `/`: the dashboard when signed in, the landing page otherwise (also when offline). */
export function HomePage() {
  const { data: session, isPending } = authClient.useSession();
  if (session) return <DashboardPage user={session.user} />;
  if (isPending) return <Loading />;
  return <LandingPage />;
}
