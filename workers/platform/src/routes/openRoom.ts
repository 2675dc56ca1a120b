import { ApiErrorCode } from "@wove/protocol";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { withClientIp } from "../rooms/roomRequest.ts";

/**
 * `GET /api/projects/:id/sync?token=<room token>` (WebSocket): hands the socket to the
 * project's room, which checks the token itself, so joining costs no database query.
 * The stock y-websocket client connects here unchanged. The room counts anonymous
 * sockets per client IP, which it learns from the Worker alone.
 */
export function openRoom(c: Context<AppEnv>): Promise<Response> | Response {
  if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
    throw new ApiError(
      426,
      ApiErrorCode.ValidationFailed,
      "This is a WebSocket endpoint: connect with a y-websocket client",
    );
  }
  // CF-Connecting-IP is set by Cloudflare's edge (and by workerd locally), as limitAuthAttempts reads it.
  const ip = c.req.header("cf-connecting-ip") ?? "unknown";
  return c.env.ROOMS.getByName(c.req.param("id") ?? "").fetch(withClientIp(c.req.raw, ip));
}
