import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchPending, type PendingSource } from "./watchPending.ts";

/** A room client's unconfirmed changes as watchPending sees them: a count, its files, and word of each change. */
function pendingSource() {
  const listeners = new Set<(count: number) => void>();
  const source = {
    pendingChanges: 0,
    pendingFiles: new Set<string>(),
    on: (_event: "pending", listener: (count: number) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } satisfies PendingSource;
  const set = (count: number, files: string[] = []) => {
    source.pendingChanges = count;
    source.pendingFiles = new Set(files);
    for (const listener of listeners) listener(count);
  };
  return { source, set, listeners };
}

describe("watchPending", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("says there are unsynced edits at once, and that all is saved only once the room has confirmed all for a moment", () => {
    const { source, set } = pendingSource();
    const watch = watchPending(source, 1_000);
    const changes: unknown[] = [];
    watch.subscribe(() => changes.push(watch.read()));

    set(1, ["a"]);
    expect(watch.read()).toEqual({ pending: true, pendingFiles: 1 });
    set(0);
    expect(watch.read().pending).toBe(true);
    vi.advanceTimersByTime(999);
    expect(watch.read().pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(watch.read()).toEqual({ pending: false, pendingFiles: 0 });
    expect(changes).toHaveLength(2);
  });

  it("tells its listeners twice for a burst of typing the room confirms key by key, not once per key", () => {
    const { source, set } = pendingSource();
    const watch = watchPending(source, 1_000);
    let told = 0;
    watch.subscribe(() => told++);
    for (let key = 0; key < 100; key++) {
      set(1, ["a"]);
      vi.advanceTimersByTime(20);
      set(0);
      vi.advanceTimersByTime(20);
    }
    expect(told).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(told).toBe(2);
    expect(watch.read().pending).toBe(false);
  });

  it("tells its listeners when the edits reach another file, not when their count changes", () => {
    const { source, set } = pendingSource();
    const watch = watchPending(source);
    let told = 0;
    watch.subscribe(() => told++);
    set(1, ["a"]);
    set(5, ["a"]);
    set(9, ["a"]);
    expect(told).toBe(1);
    set(10, ["a", "b"]);
    expect(told).toBe(2);
    expect(watch.read()).toEqual({ pending: true, pendingFiles: 2 });
  });

  it("answers the same value until what is shown changes (useSyncExternalStore needs that)", () => {
    const { source, set } = pendingSource();
    const watch = watchPending(source);
    watch.subscribe(() => {});
    set(1, ["a"]);
    const first = watch.read();
    set(2, ["a"]);
    expect(watch.read()).toBe(first);
  });

  it("reads the client's count as it is when nobody watches, and stops listening once the last listener goes", () => {
    const { source, set, listeners } = pendingSource();
    const watch = watchPending(source);
    set(3, ["a", "b"]);
    expect(watch.read()).toEqual({ pending: true, pendingFiles: 2 });
    const off = watch.subscribe(() => {});
    expect(listeners.size).toBe(1);
    off();
    expect(listeners.size).toBe(0);
    set(0);
    expect(watch.read().pending).toBe(false);
  });
});
