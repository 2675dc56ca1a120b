import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { AiErrorCode } from "./AiErrorCode.ts";
import { classifyStatus } from "./classifyStatus.ts";
import { classifySdkError, type SdkErrors } from "./classifySdkError.ts";
import type { ProviderConfig } from "./ProviderConfig.ts";
import type { ProviderFailure } from "./ProviderFailure.ts";

// OpenAI's `error.code` is the most specific signal: a 429 is a rate limit unless its code says
// the account is out of quota, which no other model on the same key will fix.
const byCode: Readonly<Record<string, AiErrorCode>> = {
  insufficient_quota: AiErrorCode.Billing,
  context_length_exceeded: AiErrorCode.ContextTooLong,
  invalid_api_key: AiErrorCode.InvalidKey,
  model_not_found: AiErrorCode.ModelNotFound,
  rate_limit_exceeded: AiErrorCode.RateLimited,
};

// `error.type`, for errors sent inside the stream, which have no status.
const byType: Readonly<Record<string, AiErrorCode>> = {
  invalid_request_error: AiErrorCode.InvalidRequest,
  authentication_error: AiErrorCode.InvalidKey,
  insufficient_quota: AiErrorCode.Billing,
  tokens: AiErrorCode.RateLimited,
  requests: AiErrorCode.RateLimited,
  server_error: AiErrorCode.ServerError,
};

/**
 * Classifies what the `openai` SDK threw, for OpenAI and for OpenAI-compatible local servers
 * (which send the same error shape, or at least a meaningful status).
 */
export function classifyOpenAiError(error: unknown, provider: ProviderConfig, model: string): ProviderFailure {
  return classifySdkError(openAiErrors, error, provider, model);
}

const openAiErrors: SdkErrors<APIError> = {
  APIUserAbortError,
  APIConnectionTimeoutError,
  APIConnectionError,
  APIError,
  codeOf: (error) =>
    (error.code ? byCode[error.code] : undefined) ??
    (error.status === undefined ? undefined : classifyStatus(error.status)) ??
    (error.type ? byType[error.type] : undefined) ??
    AiErrorCode.ServerError,
  messageOf: (error) => readMessage(error.error),
};

function readMessage(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || !("message" in body)) return undefined;
  return typeof body.message === "string" ? body.message : undefined;
}
