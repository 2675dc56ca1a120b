import { ApiErrorCode } from "@wove/protocol";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { ApiError } from "../errors/ApiError.ts";
import { DevMailbox } from "../mail/DevMailbox.ts";
import { DEV_MAILBOX_COOKIE, isDevMailboxKey } from "../mail/devMailboxKey.ts";
import { DEV_MAILBOX_PAGE_POLICY, devMailboxPage } from "../mail/devMailboxPage.ts";
import type { AppEnv } from "../AppEnv.ts";

const PATH = "/api/dev/mailbox";

/**
 * `GET /api/dev/mailbox?key=…[&to=email]`: every email the platform "sent", newest first (a
 * page with clickable links for a browser, JSON otherwise), so
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
  // A person opening the printed link gets a page with links to click; scripts get JSON.
  if (prefersHtml(c.req.header("accept"))) {
    return c.html(devMailboxPage(messages), 200, {
      "Cache-Control": "no-store",
      "Content-Security-Policy": DEV_MAILBOX_PAGE_POLICY,
    });
  }
  return c.json({ messages }, 200, { "Cache-Control": "no-store" });
}

/** Whether a browser's navigation asked: it lists text/html before JSON; fetch() and tests do not. */
function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const html = accept.indexOf("text/html");
  const json = accept.indexOf("application/json");
  return html >= 0 && (json < 0 || html < json);
}
