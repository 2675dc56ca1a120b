/**
 * What an API key needs to call a route, decided by the request alone so that no route
 * can forget to ask (`limitApiKeys` applies it to every `/api/*` request made with a key;
 * `can` still checks the project action's own scope behind it).
 *
 * - `account`: routes that manage the person rather than a project (their keys, their own
 *   AI provider keys, better-auth's endpoints). No key may call them: a leaked key must
 *   not be able to mint a stronger one or read the account's secrets. Sign in instead.
 * - `write`: anything that changes state (every method but GET and HEAD), AI answers
 *   included, since they spend.
 * - `read`: GET and HEAD, and the few POSTs that change nothing. A room token asked for
 *   with a read-only key carries at most the viewer role (createRoomToken).
 */
export type KeyScope = "read" | "write" | "account";

const ACCOUNT = [/^\/api\/keys(\/|$)/, /^\/api\/ai\/keys(\/|$)/, /^\/api\/auth(\/|$)/];
/** POSTs that read: a room token (capped to the key's scope), a browser's error report. */
const READING_POSTS = [/^\/api\/projects\/[^/]+\/room-token$/, /^\/api\/client-errors$/];

export function keyScopeFor(method: string, path: string): KeyScope {
  if (ACCOUNT.some((pattern) => pattern.test(path))) return "account";
  const upper = method.toUpperCase();
  if (upper === "GET" || upper === "HEAD") return "read";
  if (upper === "POST" && READING_POSTS.some((pattern) => pattern.test(path))) return "read";
  return "write";
}

/** Whether a key with these scopes (`{ projects: ["read", "write"] }`) may call a route needing `needed`. */
export function keyAllows(scopes: Record<string, string[]>, needed: KeyScope): boolean {
  if (needed === "account") return false;
  return scopes.projects?.includes(needed) ?? false;
}

/** Whether a key with these scopes may write to projects (and so join a room as more than a viewer). */
export const keyWrites = (scopes: Record<string, string[]> | undefined): boolean =>
  scopes === undefined || keyAllows(scopes, "write");
