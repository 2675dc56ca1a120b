import { describe, expect, it } from "vitest";
import { runMetricBenchmarks } from "./runMetricBenchmarks.ts";

describe("runMetricBenchmarks", () => {
  it("runs one benchmark at a time and keeps its names, figures and notes", async () => {
    const events: string[] = [];
    const step = (name: string, notes?: string[]) => async () => {
      events.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      events.push(`${name} end`);
      return {
        metrics: [{ name: `${name} latency`, unit: "ms", better: "lower" as const, subject: 1, reference: 2 }],
        notes,
      };
    };
    const results = await runMetricBenchmarks([
      { name: "a", subject: "ours", reference: "theirs", measure: step("a", ["paced"]) },
      { name: "b", subject: "ours", reference: "theirs", measure: step("b") },
    ]);
    expect(events).toEqual(["a start", "a end", "b start", "b end"]);
    expect(results[0]).toMatchObject({ name: "a", subject: "ours", reference: "theirs", notes: ["paced"] });
    expect(results[0]?.metrics[0]).toMatchObject({ name: "a latency", subject: 1, reference: 2 });
    expect(results[1]?.notes).toEqual([]);
  });
});
