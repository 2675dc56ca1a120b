import { describe, expect, it } from "vitest";
import { formatTable } from "./formatTable.ts";

describe("formatTable", () => {
  it("prints one row per benchmark with the ratio of our throughput to the reference's", () => {
    const table = formatTable([
      {
        name: "encode state",
        subject: "wove",
        reference: "y-websocket",
        subjectOpsPerSec: 2_500,
        referenceOpsPerSec: 1_000,
        ratio: 2.5,
      },
    ]);
    const lines = table.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^benchmark\s+\| wove\s+\| ops\/s\s+\| reference\s+\| ops\/s\s+\| ratio$/);
    expect(lines[2]).toContain("2,500");
    expect(lines[2]).toContain("1,000");
    expect(lines[2]).toMatch(/2\.50x$/);
  });

  it("says so when there are no benchmarks", () => {
    expect(formatTable([])).toContain("(no benchmarks yet)");
  });
});
