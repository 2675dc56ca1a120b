/**
 * The Domain attribute of a Set-Cookie header, parsed as RFC 6265 §5.2 does (what a
 * browser obeys): attributes are split on ";", each name is trimmed and compared without
 * case, and the value is trimmed. So `Domain =localhost`, `domain= .localhost` and
 * `DOMAIN=x` all count. The last Domain attribute wins, as in browsers; an empty one is
 * ignored by browsers, and so here.
 */
export function cookieDomain(setCookie: string): string | null {
  let domain: string | null = null;
  for (const attribute of setCookie.split(";").slice(1)) {
    const eq = attribute.indexOf("=");
    const name = (eq < 0 ? attribute : attribute.slice(0, eq)).trim().toLowerCase();
    if (name !== "domain") continue;
    const value = eq < 0 ? "" : attribute.slice(eq + 1).trim();
    if (value) domain = value.replace(/^\./, "").toLowerCase();
  }
  return domain;
}
