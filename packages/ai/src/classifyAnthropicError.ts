import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "@anthropic-ai/sdk";
import { AiErrorCode } from "./AiErrorCode.ts";
import { classifyStatus } from "./classifyStatus.ts";
import { classifySdkError, type SdkErrors } from "./classifySdkError.ts";
import type { ProviderConfig } from "./ProviderConfig.ts";
import type { ProviderFailure } from "./ProviderFailure.ts";

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
  return classifySdkError(anthropicErrors, error, provider, model);
}

const anthropicErrors: SdkErrors<APIError> = {
  APIUserAbortError,
  APIConnectionTimeoutError,
  APIConnectionError,
  APIError,
  codeOf: (error) =>
    (error.type === null ? undefined : byType[error.type]) ??
    (error.status === undefined ? AiErrorCode.ServerError : classifyStatus(error.status)),
  messageOf: (error) => error.apiMessage ?? undefined,
};
