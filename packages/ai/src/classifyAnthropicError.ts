import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "@anthropic-ai/sdk";
import { AiErrorCode } from "./AiErrorCode.ts";
import { classifyStatus } from "./classifyStatus.ts";
import { describeFailure } from "./describeFailure.ts";
import type { ProviderConfig } from "./ProviderConfig.ts";
import type { ProviderFailure } from "./ProviderFailure.ts";
import { readRetryAfter } from "./readRetryAfter.ts";

// Anthropic's `error.type`, which is the same in an HTTP error body and in an SSE `error`
// event (where there is no status: an overload can arrive after `message_start`).
const byType: Readonly<Record<string, AiErrorCode>> = {
  invalid_request_error: AiErrorCode.InvalidRequest,
  authentication_error: AiErrorCode.InvalidKey,
  billing_error: AiErrorCode.Billing,
  permission_error: AiErrorCode.PermissionDenied,
  not_found_error: AiErrorCode.ModelNotFound,
  rate_limit_error: AiErrorCode.RateLimited,
  timeout_error: AiErrorCode.Timeout,
  api_error: AiErrorCode.ServerError,
  overloaded_error: AiErrorCode.Overloaded,
};

/** Classifies what `@anthropic-ai/sdk` threw, from the error's type, then its status, then its class. */
export function classifyAnthropicError(error: unknown, provider: ProviderConfig, model: string): ProviderFailure {
  const facts = { provider, model };
  if (error instanceof APIUserAbortError) return describeFailure({ ...facts, code: AiErrorCode.Aborted });
  if (error instanceof APIConnectionTimeoutError) return describeFailure({ ...facts, code: AiErrorCode.Timeout });
  if (error instanceof APIConnectionError) return describeFailure({ ...facts, code: AiErrorCode.ConnectionFailed });
  if (error instanceof APIError) {
    const code =
      (error.type === null ? undefined : byType[error.type]) ??
      (error.status === undefined ? AiErrorCode.ServerError : classifyStatus(error.status));
    return describeFailure({
      ...facts,
      code,
      status: error.status,
      vendorMessage: error.apiMessage ?? undefined,
      retryAfterMs: readRetryAfter(error.headers),
    });
  }
  // Not an API answer at all: a body that broke off or did not parse.
  return describeFailure({ ...facts, code: AiErrorCode.ConnectionFailed });
}
