import { ApiErrorCode } from "@wove/protocol";
import type { Bindings } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";

/** AI_KEYS_SECRET, or a 503 that says what to set: without it, own keys cannot be stored safely. */
export function requireKeysSecret(env: Bindings): string {
  const secret = env.AI_KEYS_SECRET;
  if (!secret || secret.length < 32) {
    throw new ApiError(
      503,
      ApiErrorCode.Unavailable,
      "Saving your own provider keys is not set up on this platform: AI_KEYS_SECRET (32 or more characters) is not set.",
    );
  }
  return secret;
}
