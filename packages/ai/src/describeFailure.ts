import { AiErrorCode } from "./AiErrorCode.ts";
import { KeySource } from "./KeySource.ts";
import type { ProviderConfig } from "./ProviderConfig.ts";
import type { ProviderFailure } from "./ProviderFailure.ts";
import { providerSettings } from "./providerSettings.ts";

export interface FailureFacts {
  code: AiErrorCode;
  provider: ProviderConfig;
  model: string;
  status?: number;
  /** The vendor's own explanation, shown for invalid requests only: it names the bad field. */
  vendorMessage?: string;
  /** The wait the vendor asked for (Retry-After), kept for the router's retry. */
  retryAfterMs?: number;
}

/**
 * Turns a classified failure into the message people see: which provider, what happened,
 * what to do. Written from codes, never from the vendor's text, except to quote it.
 */
export function describeFailure({
  code,
  provider,
  model,
  status,
  vendorMessage,
  retryAfterMs,
}: FailureFacts): ProviderFailure {
  const setting = providerSettings[provider.id];
  const { label } = setting;
  const ref = `${provider.id}:${model}`;
  const http = status === undefined ? "" : ` (HTTP ${status})`;
  // People read these: a platform key is the admin's to fix (the Worker's log names the
  // variable), their own key is theirs.
  const fixKey =
    provider.keySource === KeySource.User
      ? `update your ${label} key in Settings`
      : "keyEnv" in setting
        ? `ask the platform's admin to fix its ${label} key, or add your own key in Settings`
        : "ask the platform's admin to check the local model server's authentication";
  const messages: Record<AiErrorCode, string> = {
    [AiErrorCode.InvalidKey]: `${label} rejected the API key${http}: the key is invalid or revoked; ${fixKey}`,
    [AiErrorCode.PermissionDenied]: `${label} refused ${ref}${http}: this key may not use it; ${fixKey} or pick another model`,
    [AiErrorCode.Billing]: `${label} refused ${ref}${http} for billing: add credit to the ${label} account or pick another model`,
    [AiErrorCode.RateLimited]: `${label} rate limit reached for ${ref}${http}`,
    [AiErrorCode.Overloaded]: `${label} is overloaded${http}`,
    [AiErrorCode.ServerError]: `${label} had a server error${http}`,
    [AiErrorCode.Timeout]: `${label} did not answer in time for ${ref}`,
    [AiErrorCode.ConnectionFailed]:
      provider.id === "local"
        ? "Could not reach the platform's local model server: ask the platform's admin whether it is running"
        : `Could not reach ${label}, or the stream broke off`,
    [AiErrorCode.ModelNotFound]: `${label} does not serve ${ref}${http}: pick another model`,
    [AiErrorCode.InvalidRequest]: `${label} rejected the request to ${ref} as invalid${http}${vendorMessage ? `: ${vendorMessage}` : ""}`,
    [AiErrorCode.ContextTooLong]: `The prompt is too long for ${ref}: remove pinned files or start a new conversation`,
    [AiErrorCode.Aborted]: "Stopped",
    [AiErrorCode.NoModelAvailable]: `${label} is not configured`,
    [AiErrorCode.Internal]: "Something went wrong in the AI router",
  };
  return { code, message: messages[code], ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
}
