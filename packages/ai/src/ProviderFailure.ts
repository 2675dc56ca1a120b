import type { AiErrorCode } from "./AiErrorCode.ts";

/** A classified vendor failure: a stable code and a message that says what to do. */
export interface ProviderFailure {
  code: AiErrorCode;
  message: string;
}
