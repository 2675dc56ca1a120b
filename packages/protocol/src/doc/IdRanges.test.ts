import { describe, expect, it } from "vitest";
import { IdRanges } from "./IdRanges.ts";

describe("IdRanges", () => {
  it("merges overlapping and touching runs of one client and keeps clients apart", () => {
    const ranges = new IdRanges([
      [1, 10, 5],
      [1, 15, 5],
      [1, 30, 2],
      [2, 0, 100],
    ]);
    expect(ranges.intersect(1, 0, 100)).toEqual([
      [10, 20],
      [30, 32],
    ]);
    expect(ranges.intersect(3, 0, 100)).toEqual([]);
  });

  it("answers the parts of a run inside and outside the set", () => {
    const ranges = new IdRanges([[7, 10, 10]]);
    expect(ranges.intersect(7, 5, 10)).toEqual([[10, 15]]);
    expect(ranges.outside(7, 5, 20)).toEqual([
      [5, 10],
      [20, 25],
    ]);
    expect(ranges.outside(7, 12, 3)).toEqual([]);
    expect(ranges.has(7, 19)).toBe(true);
    expect(ranges.has(7, 20)).toBe(false);
  });
});
