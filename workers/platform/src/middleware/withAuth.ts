import { user, type Database } from "@wove/db";
import { eq } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { anonymous, type Actor } from "../auth/Actor.ts";
import { authFor } from "../auth/authFor.ts";
import type { Auth } from "../auth/createAuth.ts";
import { createMailer } from "../mail/createMailer.ts";
import type { Mailer } from "../mail/Mailer.ts";
import type { AppEnv } from "../AppEnv.ts";

/**
 * Gives handlers `auth()`, `mailer()` and `actor()`, each built on first use: most
 * requests need only the actor, and static or health requests need none of them.
 * better-auth itself is built once per isolate (authFor) and reaches this request's pool
 * and mailer while the request runs.
 */
export const withAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { auth, serve } = authFor(c.env);
  let mailer: Mailer | undefined;
  let actor: Promise<Actor> | undefined;
  const renewed: string[] = [];
  c.set("mailer", () => (mailer ??= createMailer(c.env, c.get("db")())));
  c.set("auth", () => auth);
  c.set("actor", () => (actor ??= resolveActor(c.get("auth")(), c.get("db"), c.req.raw.headers, renewed)));
  await serve({ db: c.get("db"), mailer: c.get("mailer") }, next);
  // Reading the session renewed its cached copy (see createAuth): the browser gets the new one.
  // A response whose headers cannot change (a proxied WebSocket) leaves it for the next request.
  for (const cookie of renewed) {
    try {
      c.res.headers.append("set-cookie", cookie);
    } catch {
      break;
    }
  }
};

/**
 * `db` opens the request's pool only for the Bearer path: a session read from its signed
 * cookie copy needs no database, and opening a pool is not free. `renewed` collects the
 * cookies reading the session asks to set.
 */
async function resolveActor(auth: Auth, db: () => Database, headers: Headers, renewed: string[]): Promise<Actor> {
  // A Bearer token that is not a valid key makes the request anonymous, not an error:
  // the route then answers 401 or 404 as it would for anyone else.
  const bearer = headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const result = await auth.api.verifyApiKey({ body: { key: bearer } });
    if (!result.valid || !result.key) return anonymous;
    // Keys reference the user who created them.
    const [owner] = await db().select().from(user).where(eq(user.id, result.key.referenceId));
    // A key made before its holder's email was proven (issue 14 item 4) works only once it is.
    if (!owner?.emailVerified) return anonymous;
    return {
      kind: "user",
      userId: owner.id,
      email: owner.email,
      name: owner.name,
      scopes: (result.key.permissions as Record<string, string[]> | null) ?? {},
    };
  }
  const { headers: set, response: session } = await auth.api.getSession({ headers, returnHeaders: true });
  renewed.push(...set.getSetCookie());
  // better-auth creates no session for an unproven email (createAuth); one from before that
  // rule, or cached in a cookie, counts for nothing either.
  if (!session?.user.emailVerified) return anonymous;
  return { kind: "user", userId: session.user.id, email: session.user.email, name: session.user.name };
}
