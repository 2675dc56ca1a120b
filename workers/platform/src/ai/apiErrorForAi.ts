import { type AiEvent, AiErrorCode } from "@wove/ai";
import { ApiErrorCode } from "@wove/protocol";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ApiError } from "../errors/ApiError.ts";

/**
 * The HTTP status and API code of a router failure, for answers that are not streamed. The
 * router's own code (`invalid_key`, `model_not_found`…) travels in `details.aiCode`, since the
 * API's codes are a closed set every client can switch on.
 */
const STATUS: Record<AiErrorCode, [ContentfulStatusCode, ApiErrorCode]> = {
  [AiErrorCode.InvalidRequest]: [400, ApiErrorCode.ValidationFailed],
  [AiErrorCode.ContextTooLong]: [400, ApiErrorCode.ValidationFailed],
  [AiErrorCode.ModelNotFound]: [404, ApiErrorCode.NotFound],
  [AiErrorCode.RateLimited]: [429, ApiErrorCode.RateLimited],
  [AiErrorCode.NoModelAvailable]: [503, ApiErrorCode.Unavailable],
  // The vendor, not the caller, failed or refused (a bad platform key is not the caller's 401).
  [AiErrorCode.InvalidKey]: [502, ApiErrorCode.Unavailable],
  [AiErrorCode.PermissionDenied]: [502, ApiErrorCode.Unavailable],
  [AiErrorCode.Billing]: [502, ApiErrorCode.Unavailable],
  [AiErrorCode.Overloaded]: [503, ApiErrorCode.Unavailable],
  [AiErrorCode.ServerError]: [502, ApiErrorCode.Unavailable],
  [AiErrorCode.ConnectionFailed]: [502, ApiErrorCode.Unavailable],
  [AiErrorCode.Timeout]: [504, ApiErrorCode.Unavailable],
  [AiErrorCode.Aborted]: [503, ApiErrorCode.Unavailable],
  [AiErrorCode.Internal]: [500, ApiErrorCode.Internal],
};

export function apiErrorForAi(event: Extract<AiEvent, { type: "error" }>): ApiError {
  const [status, code] = STATUS[event.code];
  return new ApiError(status, code, event.message, { aiCode: event.code });
}
