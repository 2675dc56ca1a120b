/**
 * The origins better-auth accepts sign-up, sign-in and every other cookie-bearing POST from:
 * its CSRF check compares the request's Origin with them and answers 403 "Invalid origin"
 * otherwise.
 *
 * - PUBLIC_URL's origin (better-auth adds its baseURL itself; it is listed here too so
 *   this list is the whole answer);
 * - locally (WOVE_MODE "local"), PUBLIC_URL's loopback aliases on its port: `npm start`
 *   serves http://localhost:8787, and a browser opened at http://127.0.0.1:8787 or
 *   http://[::1]:8787 reaches the same platform;
 * - every origin in TRUSTED_ORIGINS (comma-separated), e.g. a LAN address
 *   (http://192.168.1.20:8787) or a second domain in production.
 *
 * A TRUSTED_ORIGINS entry that is not an origin throws, naming it: a typo must not pass
 * unnoticed as an origin nobody can use.
 */
export function trustedOrigins(config: {
  WOVE_MODE?: string;
  PUBLIC_URL?: string;
  TRUSTED_ORIGINS?: string;
}): string[] {
  const origins = new Set<string>();
  const publicUrl = config.PUBLIC_URL ? new URL(config.PUBLIC_URL) : undefined;
  if (publicUrl) origins.add(publicUrl.origin);
  if (publicUrl && config.WOVE_MODE === "local" && LOOPBACK.includes(publicUrl.hostname)) {
    for (const host of LOOPBACK)
      origins.add(`${publicUrl.protocol}//${host}${publicUrl.port ? `:${publicUrl.port}` : ""}`);
  }
  for (const entry of (config.TRUSTED_ORIGINS ?? "").split(",")) {
    const trimmed = entry.trim().replace(/\/$/, "");
    if (trimmed) origins.add(parseOrigin(trimmed));
  }
  return [...origins];
}

/** One machine's names for itself, as URL hostnames spell them. */
const LOOPBACK = ["localhost", "127.0.0.1", "[::1]"];

function parseOrigin(entry: string): string {
  let origin: string | undefined;
  try {
    origin = new URL(entry).origin;
  } catch {
    // Reported below.
  }
  if (!origin || origin === "null" || origin !== entry.toLowerCase()) {
    throw new Error(
      `TRUSTED_ORIGINS has "${entry}", which is not an origin: list them as scheme://host[:port], comma-separated (e.g. http://192.168.1.20:8787)`,
    );
  }
  return origin;
}
