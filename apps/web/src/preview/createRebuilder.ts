export interface Rebuilder {
  /** Something changed: build once things have been quiet for the delay. */
  schedule: () => void;
  /** Build now (a navigation, a reload), superseding any build in flight. */
  now: () => void;
  /** Stops: no timer fires and no result arrives after this. */
  dispose: () => void;
}

/**
 * Debounced, latest-wins rebuilds. A change restarts the quiet period; when it ends a
 * build starts at once, even if one is in flight (esbuild cannot cancel a build, so the
 * older one runs out and its result is dropped): a build is superseded, never queued
 * behind, and only the newest build's result is reported.
 */
export function createRebuilder<T>({
  delayMs,
  build,
  onStart,
  onResult,
}: {
  delayMs: number;
  build: () => Promise<T>;
  onStart: () => void;
  onResult: (result: T) => void;
}): Rebuilder {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let disposed = false;
  const run = () => {
    clearTimeout(timer);
    if (disposed) return;
    const mine = ++generation;
    onStart();
    void build().then((result) => {
      if (mine === generation && !disposed) onResult(result);
    });
  };
  return {
    schedule: () => {
      clearTimeout(timer);
      if (!disposed) timer = setTimeout(run, delayMs);
    },
    now: run,
    dispose: () => {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
