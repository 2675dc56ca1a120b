import { ApiErrorCode, nameProblem } from "@wove/protocol";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";

/** better-auth's endpoints that take a name people will see (a person's, a team's, a key's). */
const NAMED = new Set([
  "/api/auth/sign-up/email",
  "/api/auth/update-user",
  "/api/auth/organization/create",
  "/api/auth/organization/update",
  "/api/auth/api-key/create",
  "/api/auth/api-key/update",
]);

/**
 * The name rule of every other route (packages/protocol/src/names.ts) for the names
 * better-auth takes, checked before it stores them: a 400 in the API's own shape.
 */
export const checkAuthNames: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== "POST" || !NAMED.has(c.req.path)) return next();
  const body = await c.req.raw
    .clone()
    .json()
    .catch(() => null);
  if (!body || typeof body !== "object") return next();
  const { name, data } = body as { name?: unknown; data?: { name?: unknown } };
  for (const value of [name, data?.name]) {
    const problem = typeof value === "string" ? nameProblem(value) : null;
    if (problem) throw new ApiError(400, ApiErrorCode.ValidationFailed, problem, [{ path: "name", message: problem }]);
  }
  return next();
};
