import { ApiErrorCode } from "@wove/protocol";
import type { Context } from "hono";
import { ApiError } from "../errors/ApiError.ts";
import { DevMailbox } from "../mail/DevMailbox.ts";
import type { AppEnv } from "../AppEnv.ts";

/**
 * `GET /api/dev/mailbox[?to=email]`: every email the platform "sent", newest first, so
 * magic links and invitations work offline. Exists only when WOVE_MODE is "local".
 */
export async function listDevMailbox(c: Context<AppEnv>): Promise<Response> {
  if (c.env.WOVE_MODE !== "local") {
    throw new ApiError(404, ApiErrorCode.NotFound, `No API route for ${c.req.method} ${c.req.path}`);
  }
  const messages = await new DevMailbox(c.get("db")()).list({ to: c.req.query("to") });
  return c.json({ messages }, 200, { "Cache-Control": "no-store" });
}
