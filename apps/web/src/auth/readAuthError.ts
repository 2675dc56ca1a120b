import { readApiError } from "@wove/protocol";
import { ApiRequestError, toApiRequestError } from "../api/ApiRequestError.ts";

/** better-auth reasons that belong to one field, with what to tell the person. */
const FIELD_REASONS: Record<string, { path: string; message: string }> = {
  PASSWORD_TOO_SHORT: { path: "password", message: "Use at least 10 characters." },
  PASSWORD_TOO_LONG: { path: "password", message: "Use at most 128 characters." },
  INVALID_EMAIL: { path: "email", message: "Enter a valid email address." },
  USER_ALREADY_EXISTS: { path: "email", message: "An account with this email exists. Sign in instead." },
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: {
    path: "email",
    message: "An account with this email exists. Sign in instead.",
  },
};

/** Reasons whose own message is too terse to act on. */
const MESSAGES: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: "Wrong email or password. Try again, or sign in with an email link.",
  // A magic link's token is single use and lasts 15 minutes; better-auth says only "invalid".
  INVALID_TOKEN: "That sign-in link has expired or was already used. Ask for a new one.",
};

/**
 * better-auth's client answers `{error: {status, code?, message?, …body}}` instead of
 * throwing. The platform adds its own `error` object to auth error bodies (and sends only
 * that for a 429), so read that first, then better-auth's reason.
 */
export function readAuthError(error: unknown): ApiRequestError {
  const body = typeof error === "object" && error !== null ? (error as Record<string, unknown>) : {};
  const status = typeof body.status === "number" ? body.status : 500;
  const platform = readApiError(body);
  const reason = typeof body.code === "string" ? body.code : readReason(platform?.details);
  const base = platform
    ? toApiRequestError(status, body, readRetryAfter(platform.details))
    : new ApiRequestError(
        status,
        toApiRequestError(status, undefined).code,
        typeof body.message === "string" && body.message ? body.message : toApiRequestError(status, undefined).message,
      );
  if (reason && FIELD_REASONS[reason]) {
    const field = FIELD_REASONS[reason];
    return new ApiRequestError(status, "validation_failed", field.message, [field], base.retryAfterSeconds);
  }
  if (reason && MESSAGES[reason]) {
    return new ApiRequestError(status, base.code, MESSAGES[reason], base.details, base.retryAfterSeconds);
  }
  return base;
}

/** The message for a magic link that failed, from the `?error=` its redirect carries. */
export function magicLinkErrorMessage(reason: string): string {
  return MESSAGES[reason] ?? "That sign-in link did not work. Ask for a new one.";
}

function readReason(details: unknown): string | undefined {
  if (typeof details !== "object" || details === null) return undefined;
  const reason = (details as { reason?: unknown }).reason;
  return typeof reason === "string" ? reason : undefined;
}

function readRetryAfter(details: unknown): string | undefined {
  if (typeof details !== "object" || details === null) return undefined;
  const seconds = (details as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof seconds === "number" ? String(seconds) : undefined;
}

/**
 * Whether the platform stopped checking passwords for this email (too many wrong ones)
 * and asks for an emailed link instead (`details.reason: "USE_EMAIL_LINK"`).
 */
export function asksForEmailLink(error: ApiRequestError | null): boolean {
  return error !== null && readReason(error.details) === "USE_EMAIL_LINK";
}
