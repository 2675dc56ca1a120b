import { describe, expect, it } from "vitest";
import { stopwatch } from "./stopwatch.ts";

describe("stopwatch", () => {
  it("says the time since it started in seconds, to a tenth", () => {
    let now = 1_000;
    const since = stopwatch(() => now);
    expect(since()).toBe("0.0 s");
    now += 1_234;
    expect(since()).toBe("1.2 s");
    now += 40_000;
    expect(since()).toBe("41.2 s");
  });

  it("counts from an earlier moment when told one", () => {
    expect(stopwatch(() => 2_500, 0)()).toBe("2.5 s");
  });
});
