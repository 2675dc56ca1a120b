import { describe, expect, it } from "vitest";
import { whyNotApplicable } from "./whyNotApplicable.ts";

describe("whyNotApplicable", () => {
  it("says why a block cut off by a stop, a failure or a lost asker cannot be applied", () => {
    const block = { path: "index.html", closed: false };
    expect(whyNotApplicable(block, "stopped")).toBe(
      "The answer was stopped before index.html was complete, so it cannot be applied: it would cut the file short. Ask again for the whole file.",
    );
    expect(whyNotApplicable(block, "failed")).toMatch(/^The answer failed before index.html was complete/);
    expect(whyNotApplicable(block, "cut-off")).toMatch(/^The answer was cut off before index.html/);
    // A finished answer whose block never closed (the model ran out of output) is cut short too.
    expect(whyNotApplicable(block, "done")).toMatch(/^The answer ended before index.html/);
  });

  it("lets a complete block be applied, however the answer ended, and says nothing while it streams", () => {
    for (const ending of ["done", "stopped", "failed", "cut-off"] as const) {
      expect(whyNotApplicable({ path: "a.ts", closed: true }, ending)).toBeNull();
    }
    expect(whyNotApplicable({ path: "a.ts", closed: false }, "streaming")).toBeNull();
  });
});
