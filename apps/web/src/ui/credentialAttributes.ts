import type { InputHTMLAttributes } from "react";

type Attributes = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  | "type"
  | "autoComplete"
  | "inputMode"
  | "autoCapitalize"
  | "autoCorrect"
  | "spellCheck"
  | "required"
  | "minLength"
  | "maxLength"
>;

/** The shortest password the sign-up form asks for (better-auth's minimum). */
export const MIN_PASSWORD_LENGTH = 10;
/** better-auth's maximum. */
export const MAX_PASSWORD_LENGTH = 128;

/**
 * The attributes of every email and password input, in one place so the sign-in, sign-up,
 * magic-link and invite forms agree. Phones neither capitalise nor correct an address or
 * a password; a password manager offers to fill only one's own email and password
 * ("yours"), never the address of someone being invited ("theirs"), and offers to make
 * up a password only where one is new.
 */
export const credentialAttributes = {
  email: (whose: "yours" | "theirs"): Attributes => ({
    type: "email",
    inputMode: "email",
    autoComplete: whose === "yours" ? "email" : "off",
    autoCapitalize: "none",
    autoCorrect: "off",
    spellCheck: false,
    required: true,
  }),
  password: (purpose: "current" | "new"): Attributes => ({
    type: "password",
    autoComplete: purpose === "current" ? "current-password" : "new-password",
    autoCapitalize: "none",
    autoCorrect: "off",
    spellCheck: false,
    required: true,
    // Length is checked where a password is chosen; an existing one is sent as it is.
    ...(purpose === "new" ? { minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH } : {}),
  }),
};
