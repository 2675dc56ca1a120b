/**
 * The project id of an IDE path (`/p/<id>` or `/p/<id>/<file path>`), or undefined for any
 * other page, a project's settings page included.
 */
export function ideProjectId(pathname: string): string | undefined {
  const match = /^\/p\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match?.[1] || /^\/settings\/?$/.test(match[2] ?? "")) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined; // a malformed escape: the router shows its own error for it
  }
}
