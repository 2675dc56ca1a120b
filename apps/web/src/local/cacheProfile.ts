import type { SessionUser } from "../auth/authClient.ts";
import { localDb, type CachedProfile } from "./localDb.ts";

/**
 * Remembers who is signed in, so the app can open offline as them. When someone else
 * signs in on this device, the previous person's project list goes (it is theirs to see);
 * projects they created offline and have not sent stay, with the outbox, because those
 * exist nowhere else: they are sent when that person signs in again.
 */
export async function cacheProfile(user: SessionUser, now = Date.now()): Promise<void> {
  await localDb.transaction("rw", localDb.profile, localDb.projects, async () => {
    const previous = await localDb.profile.toCollection().first();
    if (previous && previous.id !== user.id) await dropSavedList();
    await localDb.profile.clear();
    await localDb.profile.put({ ...user, cachedAt: now });
  });
}

/** The person last seen signed in here, or undefined after signing out. */
export async function getCachedProfile(): Promise<CachedProfile | undefined> {
  return localDb.profile.toCollection().first();
}

/**
 * Forgets the signed-in person (sign-out, or the server answered 401): their profile and
 * the project list saved for them. Kept: settings (they belong to the device), projects
 * created offline with their outbox entries, and every project's document in y-indexeddb,
 * since those may hold edits the server has not stored yet.
 */
export async function forgetProfile(): Promise<void> {
  await localDb.transaction("rw", localDb.profile, localDb.projects, async () => {
    await localDb.profile.clear();
    await dropSavedList();
  });
}

async function dropSavedList(): Promise<void> {
  await localDb.projects.filter((row) => !row.pending).delete();
}
