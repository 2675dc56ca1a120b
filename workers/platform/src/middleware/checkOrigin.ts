import { ApiErrorCode } from "@wove/protocol";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { trustedOrigins } from "../auth/trustedOrigins.ts";
import { ApiError } from "../errors/ApiError.ts";

const READING = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request a browser sends carries an Origin; one from a page that is not
 * the platform's (another site, a deployed site, the preview's opaque `null` origin) is
 * refused here, so no route relies on SameSite=Lax alone. Requests with no Origin come from
 * scripts and the CLI, which hold no one's cookies, and so do requests with an API key.
 */
export const checkOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (READING.has(c.req.method)) return next();
  const origin = c.req.header("origin");
  if (origin === undefined || /^Bearer\s/i.test(c.req.header("authorization") ?? "")) return next();
  const trusted = c.env.PUBLIC_URL ? trustedOrigins(c.env) : [new URL(c.req.url).origin];
  if (!trusted.includes(origin)) {
    throw new ApiError(
      403,
      ApiErrorCode.Forbidden,
      `Requests that change something must come from Wove's own pages, not from ${origin === "null" ? "a sandboxed or opaque origin" : origin}`,
    );
  }
  return next();
};
