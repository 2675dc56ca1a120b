import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRebuilder } from "./createRebuilder.ts";

function harness() {
  const pending: Array<(value: number) => void> = [];
  const results: number[] = [];
  let starts = 0;
  const rebuilder = createRebuilder({
    delayMs: 300,
    build: () => new Promise<number>((resolve) => pending.push(resolve)),
    onStart: () => starts++,
    onResult: (result) => results.push(result),
  });
  return { rebuilder, pending, results, starts: () => starts };
}

describe("createRebuilder", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("builds once, 300 ms after the last of a burst of changes", () => {
    const { rebuilder, starts } = harness();
    rebuilder.schedule();
    vi.advanceTimersByTime(200);
    rebuilder.schedule();
    vi.advanceTimersByTime(299);
    expect(starts()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(starts()).toBe(1);
  });

  it("starts a newer build without waiting for the one in flight, and drops the older result", async () => {
    const { rebuilder, pending, results, starts } = harness();
    rebuilder.now();
    rebuilder.schedule();
    vi.advanceTimersByTime(300);
    expect(starts()).toBe(2);
    pending[1]?.(2);
    pending[0]?.(1);
    await vi.runAllTimersAsync();
    expect(results).toEqual([2]);
  });

  it("reports nothing after it is disposed", async () => {
    const { rebuilder, pending, results, starts } = harness();
    rebuilder.now();
    rebuilder.schedule();
    rebuilder.dispose();
    vi.advanceTimersByTime(1000);
    pending[0]?.(1);
    await vi.runAllTimersAsync();
    expect(starts()).toBe(1);
    expect(results).toEqual([]);
  });
});
