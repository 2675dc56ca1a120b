import { AsyncLocalStorage } from "node:async_hooks";
import type { Bindings } from "../AppEnv.ts";
import { teamChanged, teamDeleting } from "../projects/teamChanged.ts";
import { type Auth, type AuthScope, createAuth } from "./createAuth.ts";

const requests = new AsyncLocalStorage<AuthScope>();
const built = new WeakMap<Bindings, Auth>();

function current(): AuthScope {
  const scope = requests.getStore();
  if (!scope) throw new Error("better-auth was used outside authFor(...).serve");
  return scope;
}

/**
 * better-auth for these bindings, built once per isolate: building it (its plugins' endpoints
 * and schemas) cost CPU on every request that asked who was signed in. Work that
 * uses it runs inside `serve`, which tells it whose database pool and mailer to use.
 */
export function authFor(env: Bindings): { auth: Auth; serve<T>(scope: AuthScope, work: () => T): T } {
  let auth = built.get(env);
  if (!auth) {
    const db = () => current().db();
    auth = createAuth(
      env,
      { db, mailer: () => current().mailer() },
      {
        changed: (teamId, leftUserId) => teamChanged(env, db(), teamId, leftUserId),
        deleting: (teamId) => teamDeleting(env, db(), teamId),
      },
    );
    built.set(env, auth);
  }
  return { auth, serve: (scope, work) => requests.run(scope, work) };
}
