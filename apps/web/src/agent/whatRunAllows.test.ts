import type { RunStatus } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import { whatRunAllows } from "./whatRunAllows.ts";

const allows = (status: RunStatus, error?: string) => whatRunAllows({ status, error });

describe("whatRunAllows", () => {
  it("lets a run be stopped until it is over, and steered while the agent works", () => {
    for (const status of ["queued", "planning", "awaiting_approval", "running"] as const) {
      expect(allows(status).stop, status).toBe(true);
      expect(allows(status).undo, status).toBe(false);
    }
    expect(allows("queued").steer).toBe(false);
    expect(allows("planning").steer).toBe(true);
    expect(allows("running").steer).toBe(true);
    expect(allows("succeeded")).toMatchObject({ stop: false, steer: false, resume: false, undo: true });
  });

  it("resumes a stopped or failed run, and undoes any finished one", () => {
    expect(allows("stopped")).toMatchObject({ resume: true, undo: true, stop: false });
    expect(allows("failed")).toMatchObject({ resume: true, undo: true });
    expect(allows("running").resume).toBe(false);
  });

  it("approves only a plan that waits for approval", () => {
    expect(allows("awaiting_approval").approve).toBe(true);
    expect(allows("planning").approve).toBe(false);
    expect(allows("running").approve).toBe(false);
  });

  it("offers a larger budget when the run ended on its budget", () => {
    expect(allows("failed", "The run reached its budget of $0.50").raiseBudget).toBe(true);
    expect(allows("stopped", "Budget reached").raiseBudget).toBe(true);
    expect(allows("failed", "The build failed three times").raiseBudget).toBe(false);
    expect(allows("failed").raiseBudget).toBe(false);
    // A run still working is not resumed, whatever its last error said.
    expect(allows("running", "budget").raiseBudget).toBe(false);
  });
});
