import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LivenessWatch } from "./LivenessWatch.ts";

describe("LivenessWatch", () => {
  let events: string[];
  let watch: LivenessWatch;
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    events = [];
    watch = new LivenessWatch(
      { ping: () => events.push(`ping ${Date.now()}`), dead: () => events.push(`dead ${Date.now()}`) },
      { pingAfterMs: 10_000, timeoutMs: 30_000 },
    );
  });
  afterEach(() => {
    watch.stop();
    vi.useRealTimers();
  });

  it("pings once after the ping time of silence and declares the link dead after the timeout", () => {
    vi.advanceTimersByTime(60_000);
    expect(events).toEqual(["ping 10000", "dead 30000"]);
  });

  it("never pings or gives up on a socket that keeps receiving", () => {
    for (let t = 0; t < 120_000; t += 5_000) {
      vi.advanceTimersByTime(5_000);
      watch.received();
    }
    expect(events).toEqual([]);
  });

  it("counts silence from the last frame received, and a pong resets it", () => {
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(["ping 10000"]);
    vi.advanceTimersByTime(50);
    watch.received();
    vi.advanceTimersByTime(29_000);
    // Silent again from 10,050: pinged at 20,050, not yet dead at 39,050.
    expect(events).toEqual(["ping 10000", "ping 20050"]);
    vi.advanceTimersByTime(1_000);
    expect(events).toEqual(["ping 10000", "ping 20050", "dead 40050"]);
  });

  it("says nothing once stopped", () => {
    watch.stop();
    vi.advanceTimersByTime(60_000);
    expect(events).toEqual([]);
  });
});
