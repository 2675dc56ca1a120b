import type { Context, MiddlewareHandler } from "hono";
import type { ApiError } from "../errors/ApiError.ts";
import { rateLimited } from "../errors/rateLimited.ts";
import { clientIp } from "../limits/clientIp.ts";
import { forgetRateLimit, hitRateLimit, type RateLimit, refundRateLimitHit } from "../limits/hitRateLimit.ts";
import { emailLimitKey, PASSWORD_SIGN_IN } from "../limits/emailLimitKey.ts";
import type { AppEnv } from "../AppEnv.ts";

/**
 * Per-IP and per-email limits for the endpoints that guess passwords or send email.
 * Password sign-in counts only wrong answers (see limitAuthAttempts); sign-up and magic
 * links count every request, since each can send an email.
 */
const LIMITS: Record<string, { perIp: RateLimit; perEmail: RateLimit }> = {
  [PASSWORD_SIGN_IN]: { perIp: { limit: 30, windowSeconds: 600 }, perEmail: { limit: 10, windowSeconds: 3600 } },
  "/api/auth/sign-up/email": { perIp: { limit: 20, windowSeconds: 3600 }, perEmail: { limit: 5, windowSeconds: 3600 } },
  "/api/auth/sign-in/magic-link": {
    perIp: { limit: 20, windowSeconds: 600 },
    perEmail: { limit: 5, windowSeconds: 600 },
  },
};

/**
 * Answers 429 with Retry-After before better-auth sees an attempt over a limit. The IP is
 * the one the runtime vouches for (limits/clientIp.ts), never a header a client can forge.
 *
 * Password sign-in must not become a way to lock someone out (issue 14 item 9): it counts
 * failures, not attempts. Each attempt is counted up front (so parallel guesses cannot all
 * slip under the limit) and handed back when the password was right, which also clears the
 * email's count. Past the limit, passwords for that email (or from that network) are not
 * checked until the window ends: the answer says to sign in with an emailed link, which
 * only the mailbox's owner can use, so the owner is never shut out by someone else's
 * guesses; following it clears the email's count (auth/forgetPasswordFailures.ts).
 */
export const limitAuthAttempts: MiddlewareHandler<AppEnv> = async (c, next) => {
  const limits = c.req.method === "POST" ? LIMITS[c.req.path] : undefined;
  if (!limits) return next();
  const db = c.get("db")();
  const ipKey = `${c.req.path}|ip|${clientIp(c.req.raw.headers, c.env)}`;
  const email = await readEmail(c.req.raw);
  const emailKey = email ? emailLimitKey(c.req.path, email) : undefined;
  const [ip, byEmail] = await Promise.all([
    hitRateLimit(db, ipKey, limits.perIp),
    emailKey ? hitRateLimit(db, emailKey, limits.perEmail) : undefined,
  ]);
  const refused = !ip.ok ? ip : byEmail && !byEmail.ok ? byEmail : undefined;
  if (refused) {
    const which = !ip.ok ? "from this network" : "for this email address";
    throw c.req.path === PASSWORD_SIGN_IN
      ? useEmailLink(which, refused.retryAfterSeconds)
      : rateLimited(
          `Too many attempts ${which}. Try again in ${refused.retryAfterSeconds} seconds.`,
          refused.retryAfterSeconds,
        );
  }
  await next();
  if (c.req.path === PASSWORD_SIGN_IN && c.res.status === 200) await forgetSuccess(c, ipKey, emailKey);
};

function useEmailLink(which: string, retryAfterSeconds: number): ApiError {
  return rateLimited(
    `Too many wrong passwords ${which}: sign in with a link sent to your email instead (password sign-in reopens in ${retryAfterSeconds} seconds).`,
    retryAfterSeconds,
    { reason: "USE_EMAIL_LINK" },
  );
}

/** A right password: it was no guess, and the guesses before it no longer count against the email. */
async function forgetSuccess(c: Context<AppEnv>, ipKey: string, emailKey: string | undefined) {
  const db = c.get("db")();
  await Promise.all([refundRateLimitHit(db, ipKey), emailKey ? forgetRateLimit(db, emailKey) : undefined]);
}

async function readEmail(request: Request): Promise<string | undefined> {
  try {
    const body: unknown = await request.clone().json();
    const email = typeof body === "object" && body !== null ? (body as { email?: unknown }).email : undefined;
    return typeof email === "string" ? email.trim().toLowerCase() : undefined;
  } catch {
    // better-auth answers malformed bodies itself; only the per-IP limit applies.
    return undefined;
  }
}
