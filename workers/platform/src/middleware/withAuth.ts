import { user, type Database } from "@wove/db";
import { eq } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { anonymous, type Actor } from "../auth/Actor.ts";
import { createAuth, type Auth } from "../auth/createAuth.ts";
import { createMailer } from "../mail/createMailer.ts";
import type { Mailer } from "../mail/Mailer.ts";
import type { AppEnv } from "../AppEnv.ts";

/**
 * Gives handlers `auth()`, `mailer()` and `actor()`, each built on first use: most
 * requests need only the actor, and static or health requests need none of them.
 */
export const withAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  let auth: Auth | undefined;
  let mailer: Mailer | undefined;
  let actor: Promise<Actor> | undefined;
  c.set("mailer", () => (mailer ??= createMailer(c.env, c.get("db")())));
  c.set("auth", () => (auth ??= createAuth(c.env, c.get("db")(), c.get("mailer")())));
  c.set("actor", () => (actor ??= resolveActor(c.get("auth")(), c.get("db")(), c.req.raw.headers)));
  await next();
};

async function resolveActor(auth: Auth, db: Database, headers: Headers): Promise<Actor> {
  // A Bearer token that is not a valid key makes the request anonymous, not an error:
  // the route then answers 401 or 404 as it would for anyone else.
  const bearer = headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const result = await auth.api.verifyApiKey({ body: { key: bearer } });
    if (!result.valid || !result.key) return anonymous;
    // Keys reference the user who created them.
    const [owner] = await db.select().from(user).where(eq(user.id, result.key.referenceId));
    if (!owner) return anonymous;
    return {
      kind: "user",
      userId: owner.id,
      email: owner.email,
      name: owner.name,
      scopes: (result.key.permissions as Record<string, string[]> | null) ?? {},
    };
  }
  const session = await auth.api.getSession({ headers });
  if (!session) return anonymous;
  return { kind: "user", userId: session.user.id, email: session.user.email, name: session.user.name };
}
