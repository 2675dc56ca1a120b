import type { Database } from "@wove/db";

export interface AppEnv {
  Bindings: Env;
  Variables: {
    /** Opens this request's database pool on first use; see `withDb`. */
    db: () => Database;
  };
}
