import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { rateLimited } from "../errors/rateLimited.ts";
import { hitRateLimit } from "../limits/hitRateLimit.ts";
import { describeQuota, readQuotas, type QuotaKind } from "../limits/personQuotas.ts";

const WHAT: Record<QuotaKind, string> = {
  projects: "new projects",
  invitations: "invitations",
  blobs: "file uploads",
  keys: "new API keys",
  deploys: "deploys",
};

/**
 * Counts one `kind` against the signed-in caller (anyone else is left to the route, which
 * answers 401) and answers 429 with Retry-After past their quota (limits/personQuotas.ts).
 * In the route table, in front of each route that makes something.
 */
export function limitPerPerson(kind: QuotaKind): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = await c.get("actor")();
    if (actor.kind !== "user") return next();
    const quota = readQuotas(c.env.RATE_LIMITS)[kind];
    const result = await hitRateLimit(c.get("db")(), `quota|${kind}|${actor.userId}`, quota);
    if (!result.ok) {
      throw rateLimited(
        `Too many ${WHAT[kind]}: at most ${describeQuota(quota)} per person. Try again in ${result.retryAfterSeconds} seconds.`,
        result.retryAfterSeconds,
      );
    }
    return next();
  };
}
