import { user, type Database } from "@wove/db";
import { eq } from "drizzle-orm";
import { forgetRateLimit } from "../limits/hitRateLimit.ts";
import { emailLimitKey, PASSWORD_SIGN_IN } from "../limits/emailLimitKey.ts";

/**
 * Sign-ins that prove the person holds the mailbox: a magic link, which is also the way
 * out the lockout's answer points to.
 */
export const MAILBOX_PROOFS = ["/magic-link/verify"] as const;

/**
 * better-auth's `session.create.after` hook: a session made by following an emailed link
 * clears the wrong passwords counted against that email (issue 14 item 9). Whoever guessed
 * them did not hold the mailbox; its owner, now signed in, gets password sign-in back at
 * once rather than when the window ends.
 */
export async function forgetPasswordFailures(db: Database, userId: string): Promise<void> {
  const [holder] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
  if (holder) await forgetRateLimit(db, emailLimitKey(PASSWORD_SIGN_IN, holder.email));
}
