/** A hold on a leased value: `release` gives it back, and is free to call again. */
export interface Held<T> {
  value: T;
  release: () => void;
}

/**
 * One live object (a document, an editor) built before the app rendered, for the component
 * that owns it from then on. Whoever takes it holds it until they release it; when nobody
 * holds it any more it is disposed, but only a task later, and only if nobody took it again
 * meanwhile: StrictMode runs an effect, its cleanup and the effect again, and the second
 * run must find the object the first run had (never closed, never built twice). Once
 * disposed, `take` answers undefined and the taker builds its own.
 */
export class Lease<T> {
  readonly #value: T;
  readonly #dispose: (value: T) => void;
  #holders = 0;
  #disposed = false;

  constructor(value: T, dispose: (value: T) => void) {
    this.#value = value;
    this.#dispose = dispose;
  }

  get disposed(): boolean {
    return this.#disposed;
  }

  take(): Held<T> | undefined {
    if (this.#disposed) return undefined;
    this.#holders++;
    let released = false;
    return {
      value: this.#value,
      release: () => {
        if (released) return;
        released = true;
        this.#holders--;
        if (this.#holders === 0) setTimeout(() => this.#disposeUnheld(), 0);
      },
    };
  }

  /** Disposes the value now, held or not (nobody will come for it); later calls do nothing. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#dispose(this.#value);
  }

  #disposeUnheld(): void {
    if (this.#holders === 0) this.dispose();
  }
}
