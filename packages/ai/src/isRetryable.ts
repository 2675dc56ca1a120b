import { AiErrorCode } from "./AiErrorCode.ts";

// Transient trouble on one vendor's side: another model (often another vendor) may well
// answer. Everything else is about the request or the account and would fail again.
const retryable: ReadonlySet<AiErrorCode> = new Set([
  AiErrorCode.RateLimited,
  AiErrorCode.Overloaded,
  AiErrorCode.ServerError,
  AiErrorCode.Timeout,
  AiErrorCode.ConnectionFailed,
]);

/** Whether a failure with this code should move the router to the next model of the route. */
export function isRetryable(code: AiErrorCode): boolean {
  return retryable.has(code);
}
