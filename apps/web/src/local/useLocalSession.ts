import { useEffect } from "react";
import { authClient, type SessionUser } from "../auth/authClient.ts";
import { cacheProfile, forgetProfile, getCachedProfile } from "./cacheProfile.ts";
import { statusOf } from "./isUnreachable.ts";
import { useLiveQuery } from "./useLiveQuery.ts";

export type LocalSession =
  /** The person, from the server or, when it gave no answer, from this device (`offline`). */
  | { status: "signedIn"; user: SessionUser; offline: boolean }
  /** Asking the server, and nobody is saved on this device. */
  | { status: "checking" }
  /** The server cannot be asked and nobody is saved on this device. */
  | { status: "unreachable"; retry: () => void }
  /** The server says nobody is signed in (no session, or 401). */
  | { status: "signedOut" };

/**
 * Who is signed in, local first. The server's answer wins; until it comes, and whenever the
 * session cannot be checked (offline, the server not answering), the person last signed in
 * on this device stands in, so someone who signed in once opens their projects on a plane.
 * Only a real "signed out" answer (no session, or 401) signs them out here: it forgets the
 * saved profile, and the caller sends them to sign in.
 */
export function useLocalSession(): LocalSession {
  const { data, isPending, isRefetching, error, refetch } = authClient.useSession();
  const saved = useLiveQuery("profile", readSavedUser);
  const user = data?.user;
  const signedOut = !user && !isPending && (error === null || statusOf(error) === 401);
  // Only a settled answer is saved: right after signing out, better-auth still holds the
  // old session while it asks again, and saving it then would undo the sign-out here.
  const confirmed = user && !isRefetching && error === null ? user : undefined;

  useEffect(() => {
    if (confirmed) {
      void cacheProfile(confirmed).catch((err: unknown) => console.warn("Could not save the profile", err));
    }
  }, [confirmed]);
  useEffect(() => {
    if (signedOut) void forgetProfile().catch((err: unknown) => console.warn("Could not forget the profile", err));
  }, [signedOut]);

  if (user) return { status: "signedIn", user, offline: false };
  if (signedOut) return { status: "signedOut" };
  if (saved.status === "loading") return { status: "checking" };
  // Rendering with the saved person while the check runs keeps pages mounted when
  // better-auth re-asks (on focus, on reconnect), instead of flashing a spinner.
  if (saved.value) return { status: "signedIn", user: saved.value, offline: !isPending };
  return isPending ? { status: "checking" } : { status: "unreachable", retry: () => void refetch() };
}

async function readSavedUser(): Promise<SessionUser | null> {
  const profile = await getCachedProfile();
  if (!profile) return null;
  const { cachedAt: _cachedAt, ...user } = profile;
  return user;
}
