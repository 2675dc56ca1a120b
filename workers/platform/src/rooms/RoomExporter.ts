import type { Bindings } from "../AppEnv.ts";
import { logError, logInfo } from "../log.ts";
import { retryDelay } from "../retryDelay.ts";
import { exportRoom, type FilesExport, type SnapshotExport } from "./exportRoom.ts";
import { exportDue, type ExportState, nextExportAt } from "./ExportWindow.ts";
import { type ExportPlan, planExport } from "./planExport.ts";
import type { RoomFile } from "./RoomFile.ts";
import type { RoomStorage } from "./RoomStorage.ts";

/** What the exporter reads from the room when it runs. */
export interface RoomContents {
  files: () => RoomFile[];
  snapshot: () => Uint8Array;
}

/**
 * The room's export, between the room and Postgres/R2: it notes which files change (in the
 * room's outbox, see RoomStorage), and when the alarm fires writes what ExportWindow says is
 * due, then answers when to fire next. It acts on every outcome: what reached Postgres
 * leaves the outbox; what did not stays, is logged, and is retried after a back-off; a row
 * Postgres refuses is logged and parked until its file changes, so it holds back no other.
 */
export class RoomExporter {
  readonly #store: RoomStorage;
  /**
   * Files changed in the current window, with when they last changed. The outbox holds
   * each one's first change in the window (so an evicted room still knows); later ones
   * only update this, so a keystroke costs no storage write.
   */
  #unexported = new Map<string, number>();
  /** When the document last changed, to tell whether a snapshot just written is still current. */
  #lastChangeAt = 0;
  #failures = 0;
  #retryAt: number | null = null;

  constructor(store: RoomStorage) {
    this.#store = store;
  }

  /** Notes changed files; answers when to set the alarm if this opened a window, else null. */
  noteChanges(changed: Set<string>, now: number): number | null {
    const firstInWindow = this.#unexported.size === 0;
    const newlyChanged = [...changed].filter((id) => !this.#unexported.has(id));
    for (const id of changed) this.#unexported.set(id, now);
    this.#lastChangeAt = now;
    if (newlyChanged.length) this.#store.markChanged(newlyChanged, now);
    if (!firstInWindow) return null;
    this.#store.setMetaOnce("snapshot_dirty_since", String(now));
    return nextExportAt(this.#state(false));
  }

  /** Whether the document changed since the last R2 snapshot. */
  owesSnapshot(): boolean {
    return this.#store.getMeta("snapshot_dirty_since") !== undefined;
  }

  /** Writes out what is due at `now`; answers when the next part falls due (null: nothing waits). */
  async run(env: Bindings, projectId: string, room: RoomContents, empty: boolean, now: number): Promise<number | null> {
    const due = exportDue(this.#state(empty), now);
    if (due.files || due.snapshot) await this.#write(env, projectId, room, due, now);
    return nextExportAt(this.#state(empty));
  }

  async #write(
    env: Bindings,
    projectId: string,
    room: RoomContents,
    due: { files: boolean; snapshot: boolean },
    now: number,
  ): Promise<void> {
    const pending = due.files ? this.#store.changes.waiting() : [];
    const changes = new Map<string, number>(pending.map((e) => [e.key ?? "", e.at]));
    for (const [id, at] of this.#unexported) changes.set(id, at);
    // Changes from here on belong to the next window.
    const window = this.#unexported;
    if (due.files) this.#unexported = new Map();
    const plan = due.files ? planExport(room.files(), this.#store.exportedFiles(), changes) : null;
    const latest = Math.max(0, ...changes.values());
    const result = await exportRoom(env, { projectId, plan, latest, snapshot: due.snapshot ? room.snapshot() : null });
    if (result.gone) return this.#forgetAll(pending);

    const filesFailed =
      plan && result.files ? !this.#recordFiles(projectId, plan, result.files, pending, window) : false;
    const snapshotFailed = result.snapshot ? !this.#recordSnapshot(projectId, result.snapshot, now) : false;
    const failed = filesFailed || snapshotFailed;
    this.#failures = failed ? this.#failures + 1 : 0;
    this.#retryAt = failed ? Date.now() + retryDelay(this.#failures) : null;
  }

  /** Acts on the file list's outcome; answers whether it reached Postgres. */
  #recordFiles(
    projectId: string,
    plan: ExportPlan,
    files: FilesExport,
    pending: Array<{ seq: number }>,
    window: Map<string, number>,
  ): boolean {
    if (plan.invalid.length) {
      logInfo("room export: left out files whose paths are invalid (SPEC D3)", {
        projectId,
        files: plan.invalid.map((f) => ({ id: f.id, path: JSON.stringify(f.path.slice(0, 200)) })),
      });
    }
    if (!files.ok) {
      // Nothing acked: the outbox still names every file; the window's later times come back too.
      for (const [id, at] of window) if (!this.#unexported.has(id)) this.#unexported.set(id, at);
      logError("room export: writing the file list to Postgres failed; retrying", files.error, {
        projectId,
        files: plan.upserts.length,
        removed: plan.removed.length,
        attempt: this.#failures + 1,
      });
      return false;
    }
    for (const { file, error } of files.refused) {
      logError("room export: Postgres refused a file's row; it is tried again when the file changes", error, {
        projectId,
        fileId: file.id,
        path: JSON.stringify(file.path.slice(0, 200)),
      });
    }
    this.#store.recordExport(
      [
        ...files.written.map((f) => ({ ...f, refused: false })),
        ...files.refused.map(({ file }) => ({ ...file, refused: true })),
      ],
      plan.reconcile ? [] : plan.removed,
      plan.reconcile,
    );
    const last = pending.at(-1);
    if (last) this.#store.changes.ack(last.seq);
    return true;
  }

  /** Acts on the snapshot's outcome (it holds the document as of `takenAt`); answers whether it reached R2. */
  #recordSnapshot(projectId: string, snapshot: SnapshotExport, takenAt: number): boolean {
    if (!snapshot.ok) {
      logError("room export: writing the snapshot to R2 failed; retrying", snapshot.error, {
        projectId,
        attempt: this.#failures + 1,
      });
      return false;
    }
    this.#store.setMeta("snapshot_at", String(takenAt));
    // A change while the snapshot was being written is not in it.
    if (this.#lastChangeAt >= takenAt) this.#store.setMeta("snapshot_dirty_since", String(this.#lastChangeAt));
    else this.#store.deleteMeta("snapshot_dirty_since");
    return true;
  }

  /** The project is gone (its room is purged next): nothing it owes can be written anywhere. */
  #forgetAll(pending: Array<{ seq: number }>): void {
    const last = pending.at(-1);
    if (last) this.#store.changes.ack(last.seq);
    this.#store.deleteMeta("snapshot_dirty_since");
  }

  #state(empty: boolean): ExportState {
    const meta = (key: string) => {
      const value = this.#store.getMeta(key);
      return value === undefined ? null : Number(value);
    };
    return {
      // Every file noted in memory has its window's first change in the outbox.
      changedAt: this.#store.changes.oldestAt(),
      dirtySince: meta("snapshot_dirty_since"),
      snapshotAt: meta("snapshot_at"),
      retryAt: this.#retryAt,
      empty,
    };
  }
}
