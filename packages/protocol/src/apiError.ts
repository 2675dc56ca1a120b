/**
 * The one error shape of the HTTP API, shared by the Worker that writes it and the
 * clients (web app, CLI, tests) that read it:
 *
 *   { "error": { "code": "<ApiErrorCode>", "message": "<for people>", "details"?: <for programs> } }
 *
 * `code` is stable and machine-readable; `message` says what went wrong and what to do.
 */
export const ApiErrorCode = {
  InvalidJson: "invalid_json",
  ValidationFailed: "validation_failed",
  Unauthenticated: "unauthenticated",
  Forbidden: "forbidden",
  NotFound: "not_found",
  MethodNotAllowed: "method_not_allowed",
  Conflict: "conflict",
  Gone: "gone",
  PayloadTooLarge: "payload_too_large",
  UnsupportedMediaType: "unsupported_media_type",
  RateLimited: "rate_limited",
  Internal: "internal_error",
  Unavailable: "unavailable",
} as const;

export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    details?: unknown;
  };
}

const codes = new Set<string>(Object.values(ApiErrorCode));

/** Narrows an unknown response body to the API error shape. */
export function readApiError(body: unknown): ApiErrorBody["error"] | undefined {
  if (typeof body !== "object" || body === null || !("error" in body)) return undefined;
  const error = (body as { error: unknown }).error;
  if (typeof error !== "object" || error === null) return undefined;
  const { code, message, details } = error as Record<string, unknown>;
  if (typeof code !== "string" || !codes.has(code) || typeof message !== "string") return undefined;
  return { code: code as ApiErrorCode, message, ...(details === undefined ? {} : { details }) };
}

/** The code a status maps to when nothing more specific is known. */
export function codeForStatus(status: number): ApiErrorCode {
  switch (status) {
    case 400:
      return ApiErrorCode.ValidationFailed;
    case 401:
      return ApiErrorCode.Unauthenticated;
    case 403:
      return ApiErrorCode.Forbidden;
    case 404:
      return ApiErrorCode.NotFound;
    case 405:
      return ApiErrorCode.MethodNotAllowed;
    case 409:
      return ApiErrorCode.Conflict;
    case 410:
      return ApiErrorCode.Gone;
    case 413:
      return ApiErrorCode.PayloadTooLarge;
    case 415:
      return ApiErrorCode.UnsupportedMediaType;
    case 429:
      return ApiErrorCode.RateLimited;
    case 503:
      return ApiErrorCode.Unavailable;
    default:
      return ApiErrorCode.Internal;
  }
}
