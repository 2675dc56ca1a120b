import { describe, expect, it } from "vitest";
import { runStatusLabel, stepStatusLabel } from "./runStatusLabel.ts";

describe("runStatusLabel", () => {
  it("names every run status in words", () => {
    expect(runStatusLabel("queued")).toBe("Queued");
    expect(runStatusLabel("awaiting_approval")).toBe("Waiting for approval");
    expect(runStatusLabel("succeeded")).toBe("Done");
    expect(runStatusLabel("stopped")).toBe("Stopped");
  });

  it("shows a status a newer server added instead of hiding it", () => {
    expect(runStatusLabel("awaiting_review")).toBe("Awaiting review");
  });
});

describe("stepStatusLabel", () => {
  it("says where each step of the plan stands", () => {
    expect(stepStatusLabel("pending")).toBe("to do");
    expect(stepStatusLabel("running")).toBe("in progress");
    expect(stepStatusLabel("done")).toBe("done");
    expect(stepStatusLabel("failed")).toBe("failed");
  });
});
