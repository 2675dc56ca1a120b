import type { IdRange } from "./ChangeRecord.ts";

/**
 * A set of Yjs struct ids kept as sorted, merged `[from, to)` clock runs per client. Yjs
 * splits and merges items as people edit around them, so a question is always asked of a
 * run (an item's id and length), and answered in runs.
 */
export class IdRanges {
  readonly #byClient = new Map<number, Array<[number, number]>>();

  constructor(ranges: Iterable<IdRange> = []) {
    for (const [client, clock, length] of ranges) this.add(client, clock, length);
  }

  add(client: number, clock: number, length: number): void {
    if (length <= 0) return;
    const runs = [...(this.#byClient.get(client) ?? []), [clock, clock + length] as [number, number]];
    runs.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const run of runs) {
      const last = merged.at(-1);
      if (last && run[0] <= last[1]) last[1] = Math.max(last[1], run[1]);
      else merged.push([run[0], run[1]]);
    }
    this.#byClient.set(client, merged);
  }

  has(client: number, clock: number): boolean {
    return this.intersect(client, clock, 1).length > 0;
  }

  /** The parts of `client`'s clocks `[clock, clock + length)` in the set, left to right. */
  intersect(client: number, clock: number, length: number): Array<[number, number]> {
    const parts: Array<[number, number]> = [];
    for (const [from, to] of this.#byClient.get(client) ?? []) {
      const start = Math.max(from, clock);
      const end = Math.min(to, clock + length);
      if (start < end) parts.push([start, end]);
    }
    return parts;
  }

  /** The parts of `client`'s clocks `[clock, clock + length)` not in the set, left to right. */
  outside(client: number, clock: number, length: number): Array<[number, number]> {
    const parts: Array<[number, number]> = [];
    let start = clock;
    for (const [from, to] of this.intersect(client, clock, length)) {
      if (from > start) parts.push([start, from]);
      start = to;
    }
    if (start < clock + length) parts.push([start, clock + length]);
    return parts;
  }
}
