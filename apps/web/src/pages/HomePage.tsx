import { DashboardPage } from "../dashboard/DashboardPage.tsx";
import { useLocalSession } from "../local/useLocalSession.ts";
import { Loading } from "../ui/Loading.tsx";
import { LandingPage } from "./LandingPage.tsx";

/**
 * `/`: the dashboard when signed in, also offline for someone who signed in on this device
 * before; the landing page otherwise.
 */
export function HomePage() {
  const session = useLocalSession();
  if (session.status === "signedIn") return <DashboardPage user={session.user} />;
  if (session.status === "checking") return <Loading />;
  return <LandingPage />;
}
