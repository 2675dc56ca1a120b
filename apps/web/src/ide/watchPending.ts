import type { RoomPending } from "./RoomPending.ts";

/** What watchPending needs of the room client: its unconfirmed changes, and word when they change. */
export interface PendingSource {
  readonly pendingChanges: number;
  readonly pendingFiles: ReadonlySet<string>;
  on(event: "pending", listener: (count: number) => void): () => void;
}

/** What the sync indicator shows of unconfirmed changes, and word when that changes. */
export interface PendingWatch {
  read(): RoomPending;
  subscribe(onChange: () => void): () => void;
}

/**
 * How long the room must have confirmed everything before the indicator says so: longer
 * than the pause between two keystrokes, so a person typing sees "Syncing" steadily
 * instead of a flicker per key (the room confirms each key before the next is typed).
 */
export const SETTLE_MS = 1_000;

const NONE: RoomPending = { pending: false, pendingFiles: 0 };

/**
 * The unconfirmed changes as the sync indicator shows them. The client emits on every
 * count, about one a keystroke; this answers a new value only when what is shown changes.
 * Unsaved shows at once; saved only once nothing has waited for `settleMs`, so it is
 * never claimed early, and a burst of typing changes the indicator twice, not per key.
 */
export function watchPending(source: PendingSource, settleMs = SETTLE_MS): PendingWatch {
  const listeners = new Set<() => void>();
  let shown = readLive(source);
  let off: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (next: RoomPending) => {
    if (sameView(shown, next)) return;
    shown = next;
    for (const listener of listeners) listener();
  };
  const stopSettling = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const onPending = () => {
    const live = readLive(source);
    if (live.pending) {
      stopSettling();
      show(live);
    } else if (shown.pending && timer === undefined) {
      timer = setTimeout(() => {
        timer = undefined;
        if (source.pendingChanges === 0) show(NONE);
      }, settleMs);
    }
  };

  return {
    read: () => {
      // Not watched: nothing to hold, the client's count is the truth.
      if (!off) {
        const live = readLive(source);
        if (!sameView(shown, live)) shown = live;
      }
      return shown;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      if (!off) {
        off = source.on("pending", onPending);
        onPending();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size || !off) return;
        off();
        off = null;
        stopSettling();
      };
    },
  };
}

function readLive(source: PendingSource): RoomPending {
  const pending = source.pendingChanges > 0;
  return pending ? { pending, pendingFiles: source.pendingFiles.size } : NONE;
}

function sameView(a: RoomPending, b: RoomPending): boolean {
  return a.pending === b.pending && a.pendingFiles === b.pendingFiles;
}
