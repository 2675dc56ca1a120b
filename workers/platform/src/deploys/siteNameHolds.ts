import { siteNameHolds, type Database } from "@wove/db";
import { and, eq, gt } from "drizzle-orm";

/** How long a name let go stays its last owner's: long enough to notice and come back. */
export const SITE_NAME_HOLD_DAYS = 30;

/** Holds `name` for `ownerId` from now on (a rename away from it, or a deleted project). */
export async function holdSiteName(db: Database, name: string, ownerId: string): Promise<void> {
  const heldUntil = new Date(Date.now() + SITE_NAME_HOLD_DAYS * 24 * 60 * 60 * 1000);
  await db
    .insert(siteNameHolds)
    .values({ name, ownerId, heldUntil })
    .onConflictDoUpdate({ target: siteNameHolds.name, set: { ownerId, heldUntil } });
}

/**
 * Whether `name` is held for someone other than `ownerId`. A read only: an expired hold is
 * ignored here and overwritten by the name's next hold, so the check never writes on the
 * path every deploy takes (one row per name ever let go, which is bounded by the names).
 */
export async function isHeldForOther(db: Database, name: string, ownerId: string): Promise<boolean> {
  const [hold] = await db
    .select()
    .from(siteNameHolds)
    .where(and(eq(siteNameHolds.name, name), gt(siteNameHolds.heldUntil, new Date())));
  return hold !== undefined && hold.ownerId !== ownerId;
}

/** The owner took their name back: it is theirs as a site again, not a hold. */
export async function releaseSiteName(db: Database, name: string): Promise<void> {
  await db.delete(siteNameHolds).where(eq(siteNameHolds.name, name));
}
