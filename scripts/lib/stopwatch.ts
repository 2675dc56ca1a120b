/**
 * Starts timing; each call of the returned function says how long since, as "1.2 s".
 * `from` is a moment on the clock `now` (0 with the default clock is this process's start).
 */
export function stopwatch(now: () => number = () => performance.now(), from = now()): () => string {
  return () => `${((now() - from) / 1000).toFixed(1)} s`;
}
