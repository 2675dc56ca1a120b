import { ApiError } from "@google/genai";
import { AiErrorCode } from "./AiErrorCode.ts";
import { classifyStatus } from "./classifyStatus.ts";
import { describeFailure } from "./describeFailure.ts";
import type { ProviderConfig } from "./ProviderConfig.ts";
import type { ProviderFailure } from "./ProviderFailure.ts";
import { readRetryDelay } from "./readRetryAfter.ts";

// google.rpc status names, sent as `error.status` by the Gemini API.
const byRpcStatus: Readonly<Record<string, AiErrorCode>> = {
  INVALID_ARGUMENT: AiErrorCode.InvalidRequest,
  FAILED_PRECONDITION: AiErrorCode.InvalidRequest,
  UNAUTHENTICATED: AiErrorCode.InvalidKey,
  PERMISSION_DENIED: AiErrorCode.PermissionDenied,
  NOT_FOUND: AiErrorCode.ModelNotFound,
  RESOURCE_EXHAUSTED: AiErrorCode.RateLimited,
  INTERNAL: AiErrorCode.ServerError,
  UNAVAILABLE: AiErrorCode.Overloaded,
  DEADLINE_EXCEEDED: AiErrorCode.Timeout,
};

interface GoogleErrorBody {
  status?: string;
  message?: string;
  reasons: string[];
  /** RetryInfo's wait, in ms: the SDK's ApiError keeps no headers, the body says it too. */
  retryAfterMs?: number;
}

/**
 * Classifies what `@google/genai` threw. Its `ApiError` carries only `status` and a `message`
 * that is the response's JSON error body (after a `got status: ...` prefix for errors inside a
 * stream), so the body is parsed back out of it: the fields, never the wording, decide.
 */
export function classifyGoogleError(error: unknown, provider: ProviderConfig, model: string): ProviderFailure {
  const facts = { provider, model };
  if (error instanceof Error && error.name === "AbortError")
    return describeFailure({ ...facts, code: AiErrorCode.Aborted });
  if (!(error instanceof ApiError)) return describeFailure({ ...facts, code: AiErrorCode.ConnectionFailed });
  const body = readBody(error.message);
  // A bad Gemini key is a 400 INVALID_ARGUMENT whose ErrorInfo reason names it.
  const code = body.reasons.includes("API_KEY_INVALID")
    ? AiErrorCode.InvalidKey
    : ((body.status ? byRpcStatus[body.status] : undefined) ?? classifyStatus(error.status));
  return describeFailure({
    ...facts,
    code,
    status: error.status,
    vendorMessage: body.message,
    retryAfterMs: body.retryAfterMs,
  });
}

function readBody(message: string): GoogleErrorBody {
  const start = message.indexOf("{");
  if (start < 0) return { reasons: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(message.slice(start));
  } catch {
    return { reasons: [] };
  }
  const inner = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : {};
  const details = Array.isArray(inner.details) ? inner.details : [];
  return {
    status: typeof inner.status === "string" ? inner.status : undefined,
    message: typeof inner.message === "string" ? inner.message : undefined,
    reasons: details.flatMap((d: unknown) => (isRecord(d) && typeof d.reason === "string" ? [d.reason] : [])),
    retryAfterMs: readRetryDelay(details),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
