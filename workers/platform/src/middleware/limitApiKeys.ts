import { ApiErrorCode } from "@wove/protocol";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { keyAllows, keyScopeFor } from "../policy/keyScope.ts";

/**
 * Refuses, before any handler runs, a request made with an API key that the key's scopes
 * do not cover (policy/keyScope.ts). Only requests with a Bearer header pay for resolving
 * the actor here; an unknown key is anonymous and left to the route.
 */
export const limitApiKeys: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!/^Bearer\s/i.test(c.req.header("authorization") ?? "")) return next();
  const actor = await c.get("actor")();
  if (actor.kind !== "user" || !actor.scopes) return next();
  const needed = keyScopeFor(c.req.method, c.req.path);
  if (!keyAllows(actor.scopes, needed)) {
    throw new ApiError(
      403,
      ApiErrorCode.Forbidden,
      needed === "account"
        ? "API keys cannot manage the account (keys, AI provider keys, sign-in); sign in to do this"
        : `This API key lacks the projects:${needed} scope`,
    );
  }
  return next();
};
