import { ApiErrorCode } from "@wove/protocol";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { ApiError } from "../errors/ApiError.ts";
import { DevMailbox } from "../mail/DevMailbox.ts";
import { DEV_MAILBOX_COOKIE, isDevMailboxKey } from "../mail/devMailboxKey.ts";
import type { AppEnv } from "../AppEnv.ts";

const PATH = "/api/dev/mailbox";

/**
 * `GET /api/dev/mailbox?key=…[&to=email]`: every email the platform "sent", newest first, so
 * magic links and invitations work offline. Exists only when WOVE_MODE is "local", and only
 * for the key `npm start` printed (in `key`, or the cookie a visit with it leaves): without
 * it the answer is the same 404 as for a route that does not exist.
 */
export async function listDevMailbox(c: Context<AppEnv>): Promise<Response> {
  const fromQuery = c.req.query("key");
  const given = fromQuery ?? getCookie(c, DEV_MAILBOX_COOKIE);
  if (c.env.WOVE_MODE !== "local" || !(await isDevMailboxKey(c.env.DEV_MAILBOX_KEY, given))) {
    throw new ApiError(404, ApiErrorCode.NotFound, `No API route for ${c.req.method} ${c.req.path}`);
  }
  if (fromQuery) {
    // A session cookie: a new start makes a new key, and this one dies with the browser.
    setCookie(c, DEV_MAILBOX_COOKIE, fromQuery, { path: PATH, httpOnly: true, sameSite: "Strict" });
  }
  const messages = await new DevMailbox(c.get("db")()).list({ to: c.req.query("to") });
  return c.json({ messages }, 200, { "Cache-Control": "no-store" });
}
