/**
 * Statuses a gateway answers for a server it cannot reach: the dev proxy, or a load
 * balancer while the platform restarts. The platform itself never sends them for a request
 * it handled, so they mean "no answer" as much as a failed fetch does.
 */
const GATEWAY_STATUSES = new Set([502, 503, 504]);

/**
 * True when a request failed because the server could not be reached: the browser is
 * offline, the connection failed (fetch's TypeError, or an ApiRequestError with status 0),
 * or a gateway answered in the server's place. Such a failure falls back to what this
 * device saved; any other answer from the server is the truth and is shown as it is.
 */
export function isUnreachable(err: unknown): boolean {
  if (err instanceof TypeError) return true;
  const status = statusOf(err);
  return status === 0 || (status !== undefined && GATEWAY_STATUSES.has(status));
}

/** The HTTP status on an ApiRequestError or better-auth error, if any. */
export function statusOf(err: unknown): number | undefined {
  if (typeof err !== "object" || err === null || !("status" in err)) return undefined;
  return typeof err.status === "number" ? err.status : undefined;
}
