import { ApiErrorCode } from "@wove/protocol";
import type { Bindings } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";

/** The platform's AI limits; null is no limit. */
export interface AiLimits {
  /** Dollars a person may spend per UTC day on the platform's keys. */
  userDailyUsd: number | null;
  /** Dollars a project may spend per UTC day on the platform's keys, whoever asks. */
  projectDailyUsd: number | null;
  /** Requests a person may start per minute, on any key. */
  requestsPerMinute: number | null;
}

/** Reads the limits from `[vars]`; a malformed value is a 503 saying what to set. */
export function readAiLimits(env: Bindings): AiLimits {
  return {
    userDailyUsd: readNumber(env, "AI_USER_DAILY_BUDGET_USD", "a number of US dollars, like 5 or 0.50"),
    projectDailyUsd: readNumber(env, "AI_PROJECT_DAILY_BUDGET_USD", "a number of US dollars, like 20"),
    requestsPerMinute: readNumber(env, "AI_REQUESTS_PER_MINUTE", "a whole number of requests, like 20", true),
  };
}

function readNumber(env: Bindings, name: keyof Bindings, what: string, whole = false): number | null {
  const raw = env[name];
  const text = typeof raw === "string" ? raw.trim() : "";
  if (text === "") return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value))) {
    throw new ApiError(
      503,
      ApiErrorCode.Unavailable,
      `AI is misconfigured on this platform: ${name} must be ${what}, or empty for no limit, not "${text}"`,
    );
  }
  return value;
}
