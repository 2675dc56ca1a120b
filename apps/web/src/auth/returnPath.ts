const PARSE_BASE = "http://wove.invalid";

/**
 * The path to return to after signing in, from a `?next=` parameter. Only a path on this
 * origin is honoured (never `//evil.example` or `https://…`), and never an API route: an
 * open redirect would let a link sign someone in and send them elsewhere.
 */
export function safeReturnPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return "/";
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, PARSE_BASE);
  } catch {
    return "/";
  }
  if (url.origin !== PARSE_BASE || url.pathname.startsWith("/api/")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * A link to the sign-in or sign-up page that comes back to `next`, with the email filled
 * in and, for sign-in, the emailed-link tab chosen when `method` is "link".
 */
export function authHref(
  page: "/sign-in" | "/sign-up",
  options: { next?: string; email?: string; method?: "password" | "link" } = {},
): string {
  const params = new URLSearchParams();
  const next = options.next ? safeReturnPath(options.next) : "/";
  if (next !== "/") params.set("next", next);
  if (options.email) params.set("email", options.email);
  if (options.method === "link") params.set("method", "link");
  const query = params.toString();
  return query ? `${page}?${query}` : page;
}
