/** better-auth's password sign-in, whose wrong answers are counted per IP and per email. */
export const PASSWORD_SIGN_IN = "/api/auth/sign-in/email";

/** The rate-limit key counting `path`'s requests for `email` (middleware/limitAuthAttempts.ts). */
export const emailLimitKey = (path: string, email: string): string => `${path}|email|${email.trim().toLowerCase()}`;
