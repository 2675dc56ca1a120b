import { ApiErrorCode, codeForStatus, readApiError } from "@wove/protocol";

/**
 * `network` means the request never got an answer (offline, server down); `bad_answer`
 * that the answer was not the shape this page knows (the server was updated, or a proxy
 * answered instead).
 */
export type ApiRequestErrorCode = ApiErrorCode | "network" | "bad_answer";

/**
 * What every failed API call throws: the API's `{error: {code, message, details}}` body
 * with the HTTP status, so views can switch on `code` and show `message` as it is.
 */
export class ApiRequestError extends Error {
  override name = "ApiRequestError";

  constructor(
    /** The HTTP status, or 0 when the request got no answer. */
    readonly status: number,
    readonly code: ApiRequestErrorCode,
    message: string,
    readonly details?: unknown,
    /** From Retry-After on a 429: how long to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/**
 * Builds the error for a failed response from its status, parsed body (undefined when it
 * was not JSON) and Retry-After header. Bodies that are not the API's shape still give a
 * message a person can act on.
 */
export function toApiRequestError(status: number, body: unknown, retryAfter?: string | null): ApiRequestError {
  const parsed = readApiError(body);
  const seconds = retryAfter ? Number.parseInt(retryAfter, 10) : Number.NaN;
  const retryAfterSeconds = Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
  if (parsed) return new ApiRequestError(status, parsed.code, parsed.message, parsed.details, retryAfterSeconds);
  return new ApiRequestError(status, codeForStatus(status), fallbackMessage(status), undefined, retryAfterSeconds);
}

/** The error for a request that got no answer at all. */
export function networkError(online: boolean): ApiRequestError {
  return new ApiRequestError(
    0,
    "network",
    online ? "Cannot reach Wove. Check your connection and try again." : "You are offline. Reconnect and try again.",
  );
}

/** The error for a 2xx answer that its route's wire schema does not accept. */
export function answerMismatch(status: number, request: string, problem: string): ApiRequestError {
  return new ApiRequestError(
    status,
    "bad_answer",
    `The server's answer to ${request} is not what this page expects (${problem}). Reload the page to get the current app.`,
    { problem },
  );
}

/** Any thrown value as an ApiRequestError, so views have one type to render. */
export function asApiRequestError(err: unknown): ApiRequestError {
  if (err instanceof ApiRequestError) return err;
  return new ApiRequestError(0, ApiErrorCode.Internal, err instanceof Error ? err.message : String(err));
}

function fallbackMessage(status: number): string {
  if (status === 401) return "Sign in to do this.";
  if (status === 403) return "You do not have permission to do this.";
  if (status === 404) return "Not found.";
  if (status === 429) return "Too many requests. Wait a moment and try again.";
  if (status >= 500) return "Something went wrong on our side. Try again in a moment.";
  return `The request failed (HTTP ${status}).`;
}
