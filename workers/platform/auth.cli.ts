// For `npm run auth:schema` only: the better-auth CLI reads this instance's plugins to
// write packages/db/src/authSchema.ts. The platform builds its own (auth/authFor.ts).
import { drizzle } from "drizzle-orm/neon-serverless";
import { createAuth } from "./src/auth/createAuth.ts";

export const auth = createAuth(
  { BETTER_AUTH_SECRET: "schema-generation-only-secret-0123456789" },
  { db: () => drizzle.mock(), mailer: () => ({ send: async () => undefined }) },
);
