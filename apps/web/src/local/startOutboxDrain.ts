import { liveQuery } from "dexie";
import { drainOutbox, type SendCreate } from "./drainOutbox.ts";
import { localDb } from "./localDb.ts";

/** One drain at a time across the tabs of this browser, so no two tabs send one entry. */
const LOCK_NAME = "wove-outbox";

export interface OutboxDrainOptions {
  userId: string;
  send: SendCreate;
}

/**
 * Sends the outbox whenever it may succeed: now, when something is queued (in any tab),
 * when the browser comes back online (ignoring the backoff: the network is back), and when
 * a backed-off entry is due. Nothing is sent while the browser says it is offline.
 * Returns the function that stops it.
 */
export function startOutboxDrain({ userId, send }: OutboxDrainOptions): () => void {
  let stopped = false;
  let running = false;
  let again: { ignoreBackoff: boolean } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async (ignoreBackoff: boolean): Promise<void> => {
    if (stopped || !navigator.onLine) return;
    if (running) {
      again = { ignoreBackoff: ignoreBackoff || (again?.ignoreBackoff ?? false) };
      return;
    }
    running = true;
    clearTimeout(timer);
    try {
      const report = await withLock(() => drainOutbox(send, { userId, ignoreBackoff }));
      const due = report.nextAttemptAt;
      if (due !== null && Number.isFinite(due) && !stopped) {
        timer = setTimeout(() => void run(false), Math.max(0, due - Date.now()));
      }
    } catch (err) {
      // IndexedDB itself failed; the next trigger tries again.
      console.error("Could not send the actions taken offline", err);
    } finally {
      running = false;
      const next = again;
      again = null;
      if (next) void run(next.ignoreBackoff);
    }
  };

  const onOnline = () => void run(true);
  window.addEventListener("online", onOnline);
  // Fires once at subscription (the start) and on every change to the outbox in any tab:
  // a new entry, a Retry, and the drain's own writes (whose rerun finds nothing due).
  const subscription = liveQuery(() => localDb.outbox.toArray()).subscribe({
    next: () => void run(false),
    error: (err: unknown) => console.error("Could not watch the outbox", err),
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
    window.removeEventListener("online", onOnline);
    subscription.unsubscribe();
  };
}

/** Runs `fn` holding the outbox lock where the browser has Web Locks; alone otherwise. */
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  if (!("locks" in navigator)) return fn();
  return navigator.locks.request(LOCK_NAME, fn);
}
