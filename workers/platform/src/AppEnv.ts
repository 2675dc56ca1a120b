import type { Database } from "@wove/db";
import type { Actor } from "./auth/Actor.ts";
import type { Auth } from "./auth/createAuth.ts";
import type { Mailer } from "./mail/Mailer.ts";

/** Secrets that may be unset (features turn off), so `wrangler types` cannot know them. */
export interface OptionalSecrets {
  GITHUB_CLIENT_ID?: string;
  GITHUB_CLIENT_SECRET?: string;
  EMAIL_API_URL?: string;
  EMAIL_API_KEY?: string;
  EMAIL_FROM?: string;
  /** Encrypts people's own AI provider keys at rest (32+ characters); unset, they cannot be saved. */
  AI_KEYS_SECRET?: string;
}

export type Bindings = Env & OptionalSecrets;

export interface AppEnv {
  Bindings: Bindings;
  Variables: {
    /** Opens this request's database pool on first use; see `withDb`. */
    db: () => Database;
    /** better-auth on this request's pool; see `withAuth`. */
    auth: () => Auth;
    mailer: () => Mailer;
    /** Who is asking: resolved from the session cookie or a Bearer API key, once. */
    actor: () => Promise<Actor>;
  };
}
