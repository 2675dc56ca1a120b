import { user, type Database } from "@wove/db";
import { eq } from "drizzle-orm";

/**
 * better-auth's `session.create.before` hook: no session for an account whose email is not
 * proven, whichever way it signs in (password sign-in checks this itself; a GitHub account
 * with an unverified email would not). `false` makes better-auth refuse the sign-in.
 */
export async function refuseUnverifiedSession(db: Database, userId: string): Promise<false | undefined> {
  const [holder] = await db.select({ emailVerified: user.emailVerified }).from(user).where(eq(user.id, userId));
  return holder?.emailVerified ? undefined : false;
}
