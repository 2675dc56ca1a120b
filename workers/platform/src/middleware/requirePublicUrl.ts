import { ApiErrorCode } from "@wove/protocol";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";

/**
 * Why the platform cannot run in production as configured, or null. PUBLIC_URL decides
 * where emailed links point, which origins may sign in, and whether session cookies are
 * `Secure` (only over https): guessed from each request's Host, a production platform
 * would mail links to whatever host an attacker sent and hand out cookies fit for plain
 * http. So production needs it, and needs it https.
 */
export function publicUrlProblem(env: { WOVE_MODE?: string; PUBLIC_URL?: string }): string | null {
  if (env.WOVE_MODE === "local") return null;
  const url = env.PUBLIC_URL?.trim();
  if (!url)
    return "PUBLIC_URL is not set: set it (wrangler.toml [vars]) to the platform's https origin, e.g. https://wove.example.com";
  if (!url.startsWith("https://"))
    return `PUBLIC_URL is ${url}: in production it must be an https:// origin, so session cookies are Secure`;
  return null;
}

/** Answers every request 503 with the reason while production is misconfigured (checked once per isolate). */
export const requirePublicUrl: MiddlewareHandler<AppEnv> = async (c, next) => {
  const problem = publicUrlProblem(c.env);
  if (problem) throw new ApiError(503, ApiErrorCode.Unavailable, `Wove is not configured: ${problem}`);
  return next();
};
