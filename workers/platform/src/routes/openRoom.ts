import { ApiErrorCode } from "@wove/protocol";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { clientIp } from "../limits/clientIp.ts";
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
  // The address the runtime vouches for, as every per-IP limit reads it (locally without a
  // trusted proxy, one shared bucket: a forged header changes nothing).
  const ip = clientIp(c.req.raw.headers, c.env);
  return c.env.ROOMS.getByName(c.req.param("id") ?? "").fetch(withClientIp(c.req.raw, ip));
}
