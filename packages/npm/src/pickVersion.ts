import semver from "semver";
import type { Packument } from "./Packument.ts";

/**
 * The version npm would install for `range`: a dist-tag by its name (`latest`, `next`),
 * otherwise the highest version satisfying the range, where `latest` wins when it
 * satisfies (as npm's own picker does, so a prerelease published after it is not chosen).
 * Null when nothing satisfies.
 */
export function pickVersion(packument: Pick<Packument, "versions" | "dist-tags">, range: string): string | null {
  const tags = packument["dist-tags"] ?? {};
  const tagged = tags[range];
  if (tagged && packument.versions[tagged]) return tagged;
  if (!semver.validRange(range)) return null;
  const latest = tags.latest;
  if (latest && packument.versions[latest] && semver.satisfies(latest, range)) return latest;
  return semver.maxSatisfying(Object.keys(packument.versions), range);
}

/** Whether `version` is one `range` accepts (a dist-tag accepts nothing it does not name). */
export function satisfies(version: string, range: string): boolean {
  return semver.validRange(range) !== null && semver.satisfies(version, range);
}

/** `latest`, `next`: a name the registry maps to a version, not a range. */
export const isDistTag = (range: string): boolean => semver.validRange(range) === null;
