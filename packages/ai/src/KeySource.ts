/**
 * Whose API key a provider runs on: the platform's (from env) or the user's own (stored
 * encrypted, passed in per request). Decides what a "key rejected" message asks people to fix.
 */
export const KeySource = {
  Env: "env",
  User: "user",
} as const;

export type KeySource = (typeof KeySource)[keyof typeof KeySource];
