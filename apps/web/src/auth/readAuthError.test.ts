import { describe, expect, it } from "vitest";
import { asksForEmailLink, magicLinkErrorMessage, readAuthError } from "./readAuthError.ts";

describe("readAuthError", () => {
  it("puts a too-short password beside the password field", () => {
    const error = readAuthError({
      status: 400,
      statusText: "Bad Request",
      code: "PASSWORD_TOO_SHORT",
      message: "Password too short",
      error: { code: "validation_failed", message: "Password too short", details: { reason: "PASSWORD_TOO_SHORT" } },
    });
    expect(error).toMatchObject({ status: 400, code: "validation_failed" });
    expect(error.details).toEqual([{ path: "password", message: "Use at least 10 characters." }]);
  });

  it("says to sign in when the email already has an account", () => {
    const error = readAuthError({
      status: 422,
      code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL",
      message: "User already exists. Use another email.",
      error: { code: "conflict", message: "User already exists. Use another email." },
    });
    expect(error.details).toEqual([{ path: "email", message: expect.stringMatching(/Sign in instead/) }]);
  });

  it("explains a wrong password in words a person can act on", () => {
    const error = readAuthError({
      status: 401,
      code: "INVALID_EMAIL_OR_PASSWORD",
      message: "Invalid email or password",
    });
    expect(error).toMatchObject({
      status: 401,
      code: "unauthenticated",
      message: expect.stringMatching(/Wrong email/),
    });
  });

  it("keeps the platform's rate-limit message and how long to wait", () => {
    const error = readAuthError({
      status: 429,
      statusText: "Too Many Requests",
      error: {
        code: "rate_limited",
        message: "Too many attempts for this email address. Try again in 30 seconds.",
        details: { retryAfterSeconds: 30 },
      },
    });
    expect(error).toMatchObject({ code: "rate_limited", retryAfterSeconds: 30 });
    expect(error.message).toMatch(/for this email address/);
  });

  it("falls back to better-auth's message, then the status", () => {
    expect(readAuthError({ status: 403, message: "Invalid origin" })).toMatchObject({
      code: "forbidden",
      message: "Invalid origin",
    });
    expect(readAuthError({ status: 500 }).message).toMatch(/Try again/);
    expect(readAuthError(undefined).status).toBe(500);
  });
});

describe("magicLinkErrorMessage", () => {
  it("explains the reasons a magic link's redirect carries", () => {
    expect(magicLinkErrorMessage("INVALID_TOKEN")).toMatch(/expired or was already used/);
    expect(magicLinkErrorMessage("something_new")).toMatch(/did not work/);
  });

  it("knows when the platform asks for an emailed link instead of a password", () => {
    const locked = readAuthError({
      status: 429,
      error: {
        code: "rate_limited",
        message: "Too many wrong passwords for this email address: sign in with a link sent to your email instead",
        details: { reason: "USE_EMAIL_LINK", retryAfterSeconds: 3000 },
      },
    });
    expect(asksForEmailLink(locked)).toBe(true);
    expect(locked.message).toMatch(/sign in with a link/);
    const wrong = readAuthError({
      status: 401,
      code: "INVALID_EMAIL_OR_PASSWORD",
      message: "Invalid email or password",
    });
    expect(asksForEmailLink(wrong)).toBe(false);
    expect(asksForEmailLink(null)).toBe(false);
  });
});
