import { ideProjectId } from "./ideProjectId.ts";

/**
 * The file path of an IDE deep link (`/p/<id>/<file path>`), decoded, or undefined for
 * `/p/<id>` and every other page. The IDE reads the same from its route's splat.
 */
export function ideLinkedPath(pathname: string): string | undefined {
  if (ideProjectId(pathname) === undefined) return undefined;
  const rest = /^\/p\/[^/]+\/(.+)$/.exec(pathname)?.[1];
  if (!rest) return undefined;
  try {
    return decodeURIComponent(rest);
  } catch {
    return undefined; // a malformed escape: the IDE reports the missing file itself
  }
}
