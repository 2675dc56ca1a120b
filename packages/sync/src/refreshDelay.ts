/**
 * When to send a socket's room a fresh token: halfway through the token's life, counted
 * from when the client got it (the lifetime is `exp - iat`, both set by the server's
 * clock, so the client's clock only measures an interval). Half, not later: both claims
 * are whole seconds, so a token can end up to a second before `iat + lifetime` says,
 * and the fresh token needs a round trip.
 * Answers null for a token whose claims cannot be read: the room then closes the socket
 * at expiry and the client reconnects with a fresh token, as it always could.
 */
export function refreshDelay(token: string): number | null {
  const claims = readClaims(token);
  if (!claims || typeof claims.exp !== "number" || typeof claims.iat !== "number") return null;
  const lifetimeMs = (claims.exp - claims.iat) * 1000;
  return lifetimeMs > 0 ? lifetimeMs / 2 : null;
}

function readClaims(token: string): Record<string, unknown> | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/");
    const parsed: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "=")));
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
