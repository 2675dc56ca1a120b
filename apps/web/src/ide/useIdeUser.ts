import { useLocalSession } from "../local/useLocalSession.ts";
import type { SessionUser } from "./openProjectSession.ts";

/**
 * Who is editing, for presence: the signed-in person (the one saved on this device when
 * offline), or a visitor (public projects open without an account). Undefined while the
 * session is being checked.
 */
export function useIdeUser(): SessionUser | undefined {
  const session = useLocalSession();
  if (session.status === "checking") return undefined;
  if (session.status === "signedIn") return { id: session.user.id, name: session.user.name || session.user.email };
  return { id: null, name: "Visitor" };
}
