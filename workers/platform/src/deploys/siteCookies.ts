import { cookieDomain } from "./cookieDomain.ts";

/** better-auth's cookies (`better-auth.session_token`, with `__Secure-` over HTTPS). */
const PLATFORM_COOKIE = /^(__Secure-|__Host-)?better-auth[.-]/;

/**
 * The request minus the IDE's session cookies. Browsers do not send a host-only
 * `localhost` cookie to `<site>.localhost`, but a deploy domain that is a subdomain of the
 * IDE's could carry them; they must never reach code we do not control.
 */
export function withoutPlatformCookies(request: Request): Request {
  const cookie = request.headers.get("cookie");
  if (!cookie) return request;
  const kept = cookie
    .split(/;\s*/)
    .filter((pair) => !PLATFORM_COOKIE.test(pair.split("=", 1)[0] ?? ""))
    .join("; ");
  const headers = new Headers(request.headers);
  if (kept) headers.set("cookie", kept);
  else headers.delete("cookie");
  return new Request(request, { headers });
}

/**
 * The response minus cookies set with a Domain: a site may set cookies for itself only,
 * never for a parent domain the IDE lives under (session fixation).
 */
export function withoutDomainCookies(response: Response): Response {
  const cookies = response.headers.getSetCookie();
  if (!cookies.some((cookie) => cookieDomain(cookie) !== null)) return response;
  const headers = new Headers(response.headers);
  headers.delete("set-cookie");
  for (const cookie of cookies) if (cookieDomain(cookie) === null) headers.append("set-cookie", cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
