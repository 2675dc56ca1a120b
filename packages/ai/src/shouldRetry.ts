import { isRetryable } from "./isRetryable.ts";
import type { ProviderFailure } from "./ProviderFailure.ts";

/** The longest wait the router sits out before asking the same model again. */
export const MAX_RETRY_WAIT_MS = 5_000;

/**
 * Whether to ask the same model again after `failure`, on the `attempt`th try (1 for the
 * first), with `remainingMs` left before the request's deadline: once, and only for transient
 * trouble (a 429, an overload) whose vendor said how long to wait, when that wait is short and
 * fits the deadline.
 * A vendor's SDK would retry such a 429 by itself (we turn its retries off: the router's
 * fallback is the retry policy); a setup with one provider has no other model to fall back
 * to, so without this a wait of a second would reach the person as an error.
 * The shape of cloudflare/agents' `shouldRetry(err, attempt)`, answering the wait or null.
 */
export function shouldRetry(failure: ProviderFailure, attempt: number, remainingMs = Infinity): number | null {
  const wait = failure.retryAfterMs;
  if (!isRetryable(failure.code) || wait === undefined || attempt > 1) return null;
  return wait <= MAX_RETRY_WAIT_MS && wait < remainingMs ? wait : null;
}
