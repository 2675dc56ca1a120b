import { ApiErrorCode } from "@wove/protocol";
import { ApiError } from "./ApiError.ts";

/**
 * The one shape of a 429: the message says what was limited and when to try again, the
 * details carry `retryAfterSeconds` (plus anything the caller adds) and the header says it
 * to clients that read only `Retry-After`.
 */
export function rateLimited(
  message: string,
  retryAfterSeconds: number,
  details: Record<string, unknown> = {},
): ApiError {
  return new ApiError(
    429,
    ApiErrorCode.RateLimited,
    message,
    { ...details, retryAfterSeconds },
    { "Retry-After": String(retryAfterSeconds) },
  );
}
