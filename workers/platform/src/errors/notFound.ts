import { ApiErrorCode } from "@wove/protocol";
import type { NotFoundHandler } from "hono";
import { withAppPageHeaders } from "../assets/appPageHeaders.ts";
import { ApiError } from "./ApiError.ts";
import type { AppEnv } from "../AppEnv.ts";

export const notFound: NotFoundHandler<AppEnv> = async (c) => {
  // Not a deployed site and no API route: outside /api/* that is the PWA, from its assets.
  if (!c.req.path.startsWith("/api/") && c.env.ASSETS)
    return withAppPageHeaders(await c.env.ASSETS.fetch(c.req.raw), c.req.path);
  return new ApiError(404, ApiErrorCode.NotFound, `No API route for ${c.req.method} ${c.req.path}`).toResponse();
};
