import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ProbeScheduler, type ProbeTiming } from "./ProbeScheduler.ts";

const TIMING: ProbeTiming = { idleMs: 300, minIntervalMs: 1_000, maxWaitMs: 5_000 };

/** Calls `changed()` every `everyMs` for `forMs`, advancing the fake clock. */
function type(scheduler: ProbeScheduler, everyMs: number, forMs: number): void {
  for (let t = 0; t < forMs; t += everyMs) {
    scheduler.changed();
    vi.advanceTimersByTime(everyMs);
  }
}

describe("ProbeScheduler", () => {
  let probes: number[];
  let scheduler: ProbeScheduler;
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    probes = [];
    scheduler = new ProbeScheduler(() => probes.push(Date.now()), TIMING);
  });
  afterEach(() => {
    scheduler.cancel();
    vi.useRealTimers();
  });

  it("probes once typing has paused for the idle time, not while keys keep coming", () => {
    type(scheduler, 100, 1_000);
    expect(probes).toEqual([]);
    vi.advanceTimersByTime(1_000);
    // The last key was at 900 ms.
    expect(probes).toEqual([1_200]);
  });

  it("probes a single change after the idle time", () => {
    scheduler.changed();
    vi.advanceTimersByTime(299);
    expect(probes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(probes).toEqual([300]);
  });

  it("keeps probes at least the minimum interval apart, and still probes after the last change", () => {
    // Short bursts with pauses longer than the idle time: at most one probe a second.
    for (let burst = 0; burst < 4; burst++) {
      type(scheduler, 50, 100);
      vi.advanceTimersByTime(350);
    }
    vi.advanceTimersByTime(5_000);
    expect(probes.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < probes.length; i++) expect(probes[i]! - probes[i - 1]!).toBeGreaterThanOrEqual(1_000);
    // The final probe comes after the final change (at 1,400 + 50 ms).
    expect(probes.at(-1)).toBeGreaterThanOrEqual(1_450);
  });

  it("confirms a stream that never pauses every maximum wait", () => {
    type(scheduler, 100, 12_000);
    expect(probes).toEqual([5_000, 10_000]);
  });

  it("behaves as the old throttle with no idle wait and a short maximum wait", () => {
    const old = new ProbeScheduler(() => probes.push(Date.now()), {
      idleMs: Infinity,
      minIntervalMs: 0,
      maxWaitMs: 100,
    });
    type(old, 30, 300);
    vi.advanceTimersByTime(1_000);
    // Keys every 30 ms: the first key after each probe starts the next 100 ms wait.
    expect(probes).toEqual([100, 220, 340]);
    old.cancel();
  });

  it("sends nothing after cancel", () => {
    scheduler.changed();
    scheduler.cancel();
    vi.advanceTimersByTime(10_000);
    expect(probes).toEqual([]);
  });
});
