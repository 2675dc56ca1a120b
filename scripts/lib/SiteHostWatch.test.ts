import { describe, expect, it } from "vitest";
import { SiteHostWatch } from "./SiteHostWatch.ts";

const options = { missesToRestart: 3, probesToStart: 5, failedStartsToGiveUp: 2 };
const probes = (watch: SiteHostWatch, results: boolean[]) => results.map((healthy) => watch.probed(healthy));

describe("SiteHostWatch", () => {
  it("is up at the first answer, and restarts a host that then misses three probes in a row", () => {
    const watch = new SiteHostWatch(options);
    expect(probes(watch, [false, false, true])).toEqual(["wait", "wait", "up"]);
    expect(probes(watch, [true, false, false, true, false, false])).toEqual([
      "wait",
      "wait",
      "wait",
      "wait",
      "wait",
      "wait",
    ]);
    expect(watch.probed(false)).toBe("restart");
  });

  it("gives a restarted host a new start, and is up again when it answers", () => {
    const watch = new SiteHostWatch(options);
    probes(watch, [true, false, false, false]);
    watch.restarting();
    expect(watch.up).toBe(false);
    expect(probes(watch, [false, false, false, false, true])).toEqual(["wait", "wait", "wait", "wait", "up"]);
    expect(watch.up).toBe(true);
  });

  it("restarts a host that does not come up in time, and gives up after failed starts in a row", () => {
    const watch = new SiteHostWatch(options);
    expect(probes(watch, [false, false, false, false, false])).toEqual(["wait", "wait", "wait", "wait", "restart"]);
    watch.restarting();
    expect(watch.exited()).toBe("give-up");
  });

  it("restarts a host that exits after it was up, without counting it as a failed start", () => {
    const watch = new SiteHostWatch(options);
    watch.probed(true);
    expect(watch.exited()).toBe("restart");
    watch.restarting();
    watch.probed(true);
    expect(watch.exited()).toBe("restart");
    watch.restarting();
    // The start before it succeeded, so this is the first failed start in a row again.
    expect(watch.exited()).toBe("restart");
  });
});
