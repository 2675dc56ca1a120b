import type { AiErrorCode } from "./AiErrorCode.ts";

/** A classified vendor failure: a stable code and a message that says what to do. */
export interface ProviderFailure {
  code: AiErrorCode;
  message: string;
  /** How long the vendor asked to wait before asking again (Retry-After), when it said. */
  retryAfterMs?: number;
}
