import { describe, expect, it } from "vitest";
import { formatFigure, formatMetricTable, meetsTarget } from "./formatMetricTable.ts";

describe("formatMetricTable", () => {
  const result = {
    name: "rooms",
    subject: "wove room",
    reference: "y-websocket-server",
    metrics: [
      {
        name: "fan-out p50, 2 readers",
        unit: "ms",
        better: "lower" as const,
        subject: 1.5,
        reference: 1.2,
        target: { of: "ratio" as const, op: "<=" as const, value: 1 },
      },
      {
        name: "sustained updates",
        unit: "updates/s",
        better: "higher" as const,
        subject: 1_800,
        reference: 1_790,
        target: { of: "subject" as const, op: ">=" as const, value: 1_000 },
      },
      { name: "join", unit: "ms", better: "lower" as const, subject: 40, reference: 0 },
    ],
    notes: ["the reference keeps documents in memory"],
  };

  it("prints both absolute figures, the ratio ours / reference, the target and whether it is met", () => {
    const lines = formatMetricTable([result]).split("\n");
    expect(lines[0]).toBe("rooms: wove = wove room; reference = y-websocket-server");
    expect(lines[1]).toMatch(/^metric\s+\| unit\s+\| better \| wove\s+\| reference \| wove\/ref \| target\s+\| met$/);
    expect(lines[3]).toMatch(
      /^fan-out p50, 2 readers \| ms\s+\| lower\s+\| 1\.50\s+\| 1\.20\s+\| 1\.25x\s+\| ratio <= 1\.00\s+\| NO$/,
    );
    expect(lines[4]).toMatch(/\| 1,800 \| 1,790\s+\| 1\.01x\s+\| >= 1,000 updates\/s \| yes$/);
  });

  it("says n/a for a ratio against zero and leaves the target empty when there is none", () => {
    const row = formatMetricTable([result]).split("\n")[5] ?? "";
    expect(row).toMatch(/\| 40\.0\s+\| 0\.00\s+\| n\/a$/);
  });

  it("prints the notes under the table", () => {
    expect(formatMetricTable([result]).split("\n").at(-1)).toBe("  * the reference keeps documents in memory");
  });

  it("wraps long notes, indenting the lines that continue one", () => {
    const note = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    const lines = formatMetricTable([{ ...result, notes: [note] }]).split("\n");
    const noteLines = lines.slice(lines.findIndex((line) => line.startsWith("  * ")));
    expect(noteLines.length).toBeGreaterThan(1);
    expect(noteLines.slice(1).every((line) => line.startsWith("    word"))).toBe(true);
    expect(noteLines.every((line) => line.length <= 114)).toBe(true);
    expect(noteLines.join(" ").replace(/\s+/g, " ").replace("* ", "").trim()).toBe(note);
  });

  it("says so when a benchmark reported no figures", () => {
    expect(formatMetricTable([{ ...result, metrics: [], notes: [] }])).toContain("(no figures)");
  });
});

describe("formatFigure", () => {
  it("keeps two decimals below 10, one below 100, and groups thousands above", () => {
    expect([formatFigure(1.234), formatFigure(42.26), formatFigure(12_345.6), formatFigure(Number.NaN)]).toEqual([
      "1.23",
      "42.3",
      "12,346",
      "n/a",
    ]);
  });
});

describe("meetsTarget", () => {
  it("compares with each operator, strictly where asked", () => {
    expect(meetsTarget(100, { of: "subject", op: "<", value: 100 })).toBe(false);
    expect(meetsTarget(100, { of: "subject", op: "<=", value: 100 })).toBe(true);
    expect(meetsTarget(100, { of: "subject", op: ">", value: 100 })).toBe(false);
    expect(meetsTarget(100, { of: "subject", op: ">=", value: 100 })).toBe(true);
  });
});
