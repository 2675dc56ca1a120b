/**
 * Why a model call failed, as a stable code the API sends in `{type:"error", code}` and the
 * UI switches on. Whether a code moves the router to the next model is `isRetryable`.
 */
export const AiErrorCode = {
  /** 429: the account is over its request or token rate. */
  RateLimited: "rate_limited",
  /** The vendor is over capacity (Anthropic 529 `overloaded_error`, Google `UNAVAILABLE`, 503). */
  Overloaded: "overloaded",
  /** A 5xx from the vendor. */
  ServerError: "server_error",
  /** No response, or no progress, within the router's attempt timeout. */
  Timeout: "timeout",
  /** The connection failed or the stream ended before the vendor said it was done. */
  ConnectionFailed: "connection_failed",
  /** 401: the API key is missing, wrong or revoked. */
  InvalidKey: "invalid_key",
  /** 403: the key is valid but may not use this model or endpoint. */
  PermissionDenied: "permission_denied",
  /** The account has no credit or quota left (Anthropic 402, OpenAI `insufficient_quota`). */
  Billing: "billing",
  /** The vendor does not know the model name. */
  ModelNotFound: "model_not_found",
  /** The vendor rejected the request as malformed (400, 422). */
  InvalidRequest: "invalid_request",
  /** The prompt does not fit the model, even after trimming and summarising. */
  ContextTooLong: "context_too_long",
  /** The caller stopped the stream. */
  Aborted: "aborted",
  /** No configured provider can serve the request. */
  NoModelAvailable: "no_model_available",
  /** A bug in the router or an adapter; details are logged, not sent. */
  Internal: "internal_error",
} as const;

export type AiErrorCode = (typeof AiErrorCode)[keyof typeof AiErrorCode];
