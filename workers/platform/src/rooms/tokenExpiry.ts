/**
 * Token expiry on open sockets. Each socket keeps its token's expiry in its attachment
 * (so a room woken from hibernation still knows it). A socket is closed with
 * `Unauthenticated` once its token has expired, unless the client sent a fresh one first:
 * checked on each message, and by the room's alarm for sockets that only listen.
 *
 * The room has one alarm, which also runs the debounced export, so it is set to the
 * earliest of the two deadlines and each run sets it again for the next one.
 */

export function isExpired(expiresAt: number, now: number): boolean {
  return now >= expiresAt;
}

/** The earliest expiry among `expiries`, or null when there is none. */
export function earliestExpiry(expiries: Iterable<number>): number | null {
  let earliest: number | null = null;
  for (const at of expiries) if (earliest === null || at < earliest) earliest = at;
  return earliest;
}

/** The alarm time to set so that `wanted` is served without delaying what `current` serves; null to keep it. */
export function alarmFor(current: number | null, wanted: number | null): number | null {
  if (wanted === null) return null;
  return current === null || wanted < current ? wanted : null;
}
