/**
 * One request made before the page needed it (at boot, beside the app's own loading), for
 * the page's first request for the same thing to take instead of asking again. An answer
 * older than `maxAgeMs` is not used: it may be stale. A failed prefetch is asked again by
 * whoever takes it, so the answer (or the error) a page acts on is current.
 */
export class Prefetch<T> {
  readonly #maxAgeMs: number;
  #early: { key: string; answer: Promise<T>; at: number } | undefined;

  constructor(maxAgeMs: number) {
    this.#maxAgeMs = maxAgeMs;
  }

  /** Starts `request` for `key` now. */
  start(key: string, request: () => Promise<T>): void {
    const answer = request();
    answer.catch(() => {});
    this.#early = { key, answer, at: Date.now() };
  }

  /** The prefetched answer for `key` while fresh, without taking it; otherwise undefined. */
  peek(key: string): Promise<T> | undefined {
    const early = this.#early;
    return early?.key === key && Date.now() - early.at < this.#maxAgeMs ? early.answer : undefined;
  }

  /** The prefetched answer for `key` (asked again by `request` if it failed), once; or `request` now. */
  take(key: string, request: () => Promise<T>): Promise<T> {
    const prefetched = this.peek(key);
    this.#early = undefined;
    return prefetched ? prefetched.catch(request) : request();
  }
}
