/**
 * When a room writes itself out of its Durable Object. Two things, on two cadences:
 *
 * - the file list to Postgres, `EXPORT_DELAY_MS` after the first change since the last
 *   export (a window: later changes in it ride along), so lists and search trail typing by
 *   seconds while a keystroke never waits for a database;
 * - the whole document to R2 as one snapshot, at most every `SNAPSHOT_EVERY_MS` while
 *   people edit, and as soon as the last socket closes. Nothing reads the snapshot expecting
 *   it fresh (the room loads from its own SQLite, deploys and reads ask the room); it is a
 *   copy outside the object, so writing the whole document every window only cost bytes.
 *
 * After a failure both wait until `retryAt` (see retryDelay), so a database that is down is
 * not asked again every window. Pure: the room keeps the state and sets its one alarm to
 * `nextExportAt`, or to a token's expiry when that comes first (see tokenExpiry).
 */

/** Export this long after the first change since the last export. */
export const EXPORT_DELAY_MS = 3_000;
/**
 * At most one snapshot this often while a room stays open: the snapshot is the whole
 * document, so this bounds its write cost per room, and what a lost object could lose
 * from R2's copy (the room's own SQLite still holds every update).
 */
export const SNAPSHOT_EVERY_MS = 10 * 60_000;

export interface ExportState {
  /** When the oldest change not yet in Postgres happened; null when there is none. */
  changedAt: number | null;
  /** When the document first changed after the last snapshot; null when the snapshot is current. */
  dirtySince: number | null;
  /** When the last snapshot was written; null when never. */
  snapshotAt: number | null;
  /** Not before this, after a failed export; null when the last one did not fail. */
  retryAt: number | null;
  /** No socket is open: the last person left. */
  empty: boolean;
}

export interface ExportDue {
  files: boolean;
  snapshot: boolean;
}

/**
 * What is due when the alarm fires at `now`. Changed files go out on any alarm, not only
 * the window's own: the window only sets when the alarm fires at the latest, and an alarm
 * that fires sooner (a token's expiry, the room emptying) just ends the window early.
 */
export function exportDue(state: ExportState, now: number): ExportDue {
  const snapshot = snapshotDueAt(state);
  return {
    files: state.changedAt !== null && (state.retryAt ?? -Infinity) <= now,
    snapshot: snapshot !== null && snapshot <= now,
  };
}

/** When the next part of the export falls due; null when nothing waits. */
export function nextExportAt(state: ExportState): number | null {
  const times = [filesDueAt(state), snapshotDueAt(state)].filter((t): t is number => t !== null);
  return times.length ? Math.min(...times) : null;
}

function filesDueAt({ changedAt, retryAt }: ExportState): number | null {
  if (changedAt === null) return null;
  return Math.max(changedAt + EXPORT_DELAY_MS, retryAt ?? -Infinity);
}

function snapshotDueAt({ dirtySince, snapshotAt, retryAt, empty }: ExportState): number | null {
  if (dirtySince === null) return null;
  const cadence = empty ? dirtySince : Math.max(dirtySince, (snapshotAt ?? dirtySince) + SNAPSHOT_EVERY_MS);
  return Math.max(cadence, retryAt ?? -Infinity);
}
