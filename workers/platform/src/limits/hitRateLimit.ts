import type { Database } from "@wove/db";
import { sql } from "drizzle-orm";

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one hit against `key` in a fixed window, atomically in Postgres so every
 * isolate (and every local process) shares the count.
 */
export async function hitRateLimit(
  db: Database,
  key: string,
  { limit, windowSeconds }: RateLimit,
): Promise<RateLimitResult> {
  const result = await db.execute<{ count: number; retry_after: number }>(sql`
    INSERT INTO rate_limits (key, count, window_start) VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds})
                   THEN 1 ELSE rate_limits.count + 1 END,
      window_start = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds})
                          THEN now() ELSE rate_limits.window_start END
    RETURNING count,
      ceil(extract(epoch FROM rate_limits.window_start + make_interval(secs => ${windowSeconds}) - now()))::int AS retry_after`);
  // Expired counters are dead weight; about one hit in a hundred clears them.
  if (Math.random() < 0.01)
    await db.execute(sql`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`);
  const row = result.rows[0];
  if (!row || row.count <= limit) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, row.retry_after) };
}

/** Takes back one hit counted against `key` (a request that turned out not to count). */
export async function refundRateLimitHit(db: Database, key: string): Promise<void> {
  await db.execute(sql`UPDATE rate_limits SET count = greatest(count - 1, 0) WHERE key = ${key}`);
}

/** Forgets every hit counted against `key`: its next hit starts a new window. */
export async function forgetRateLimit(db: Database, key: string): Promise<void> {
  await db.execute(sql`DELETE FROM rate_limits WHERE key = ${key}`);
}
