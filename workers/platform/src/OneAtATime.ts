/**
 * Runs async work one piece at a time, in the order it was asked for. A Durable Object's
 * input gate does not serialize calls that await the network, so two calls that read then
 * write (a deploy and a rename, two flushes of one outbox) would otherwise interleave. A
 * failed piece rejects its own caller only; the next piece still runs.
 */
export class OneAtATime {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(work);
    this.#tail = run.catch(() => undefined);
    return run;
  }
}
