import { AiErrorCode } from "./AiErrorCode.ts";

/**
 * The code an HTTP status means when the body says nothing more specific. Every vendor uses
 * these statuses the same way, plus Anthropic's 529 for "overloaded".
 */
export function classifyStatus(status: number): AiErrorCode {
  switch (status) {
    case 401:
      return AiErrorCode.InvalidKey;
    case 402:
      return AiErrorCode.Billing;
    case 403:
      return AiErrorCode.PermissionDenied;
    case 404:
      return AiErrorCode.ModelNotFound;
    case 408:
    case 504:
      return AiErrorCode.Timeout;
    case 429:
      return AiErrorCode.RateLimited;
    case 503:
    case 529:
      return AiErrorCode.Overloaded;
    default:
      return status >= 500 ? AiErrorCode.ServerError : AiErrorCode.InvalidRequest;
  }
}
