import { describe, expect, it } from "vitest";
import { runBenchmarks } from "./runBenchmarks.ts";

describe("runBenchmarks", () => {
  it("measures both contenders in one run, around the benchmark's own setup and teardown", async () => {
    const events: string[] = [];
    let calls = { subject: 0, reference: 0 };
    const [result] = await runBenchmarks(
      [
        {
          name: "sum",
          subject: { name: "loop", run: () => void calls.subject++ },
          reference: { name: "reduce", run: () => void calls.reference++ },
          setup: async () => {
            events.push("setup");
            calls = { subject: 0, reference: 0 };
            return async () => void events.push("teardown");
          },
        },
      ],
      { timeMs: 20 },
    );
    expect(events).toEqual(["setup", "teardown"]);
    expect(calls.subject).toBeGreaterThan(0);
    expect(calls.reference).toBeGreaterThan(0);
    expect(result).toMatchObject({ name: "sum", subject: "loop", reference: "reduce" });
    expect(result?.subjectOpsPerSec).toBeGreaterThan(0);
    expect(result?.ratio).toBeCloseTo((result?.subjectOpsPerSec ?? 0) / (result?.referenceOpsPerSec ?? 1));
  });
});
