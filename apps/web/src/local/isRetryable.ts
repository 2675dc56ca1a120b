import { isUnreachable, statusOf } from "./isUnreachable.ts";

/**
 * Whether sending a queued action again may succeed. No answer, a timeout, rate limiting,
 * a server error and a lapsed session (401: it succeeds once the person signs in again) are
 * worth retrying; any other 4xx is the server refusing this request, and sending it again
 * unchanged would be refused the same way.
 */
export function isRetryable(err: unknown): boolean {
  if (isUnreachable(err)) return true;
  const status = statusOf(err);
  if (status === undefined) return false;
  return status === 401 || status === 408 || status === 429 || status >= 500;
}
