import { ApiErrorCode } from "@wove/protocol";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";

/**
 * `GET /api/projects/:id/sync?token=<room token>` (WebSocket): hands the socket to the
 * project's room, which checks the token itself, so joining costs no database query.
 * The stock y-websocket client connects here unchanged.
 */
export function openRoom(c: Context<AppEnv>): Promise<Response> | Response {
  if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
    throw new ApiError(
      426,
      ApiErrorCode.ValidationFailed,
      "This is a WebSocket endpoint: connect with a y-websocket client",
    );
  }
  return c.env.ROOMS.getByName(c.req.param("id") ?? "").fetch(c.req.raw);
}
