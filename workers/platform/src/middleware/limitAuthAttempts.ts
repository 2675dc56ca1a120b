import { ApiErrorCode } from "@wove/protocol";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "../errors/ApiError.ts";
import { hitRateLimit, type RateLimit } from "../limits/hitRateLimit.ts";
import type { AppEnv } from "../AppEnv.ts";

/** Per-IP and per-email limits for the endpoints that guess passwords or send email. */
const LIMITS: Record<string, { perIp: RateLimit; perEmail: RateLimit }> = {
  "/api/auth/sign-in/email": { perIp: { limit: 30, windowSeconds: 600 }, perEmail: { limit: 10, windowSeconds: 600 } },
  "/api/auth/sign-up/email": { perIp: { limit: 20, windowSeconds: 3600 }, perEmail: { limit: 5, windowSeconds: 3600 } },
  "/api/auth/sign-in/magic-link": {
    perIp: { limit: 20, windowSeconds: 600 },
    perEmail: { limit: 5, windowSeconds: 600 },
  },
};

/**
 * Answers 429 with Retry-After before better-auth sees an attempt over a limit. The IP
 * is Cloudflare's CF-Connecting-IP (set by the edge, and by workerd locally).
 */
export const limitAuthAttempts: MiddlewareHandler<AppEnv> = async (c, next) => {
  const limits = c.req.method === "POST" ? LIMITS[c.req.path] : undefined;
  if (!limits) return next();
  const db = c.get("db")();
  const ip = c.req.header("cf-connecting-ip") ?? "unknown";
  const email = await readEmail(c.req.raw);
  const checks = [hitRateLimit(db, `${c.req.path}|ip|${ip}`, limits.perIp)];
  if (email) checks.push(hitRateLimit(db, `${c.req.path}|email|${email}`, limits.perEmail));
  const results = await Promise.all(checks);
  const refused = results.find((r) => !r.ok);
  if (refused && !refused.ok) {
    const which = results[0]?.ok === false ? "from this network" : "for this email address";
    throw new ApiError(
      429,
      ApiErrorCode.RateLimited,
      `Too many attempts ${which}. Try again in ${refused.retryAfterSeconds} seconds.`,
      { retryAfterSeconds: refused.retryAfterSeconds },
      { "Retry-After": String(refused.retryAfterSeconds) },
    );
  }
  return next();
};

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
