import { describe, expect, it } from "vitest";
import { deployProgress, failureNote, isFinished } from "./deployProgress.ts";

describe("deployProgress", () => {
  it("moves the bar forward through queued, building, uploading and live", () => {
    const percents = (["queued", "building", "uploading", "live"] as const).map((s) => deployProgress(s).percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(new Set(percents).size).toBe(4);
    expect(deployProgress("live")).toMatchObject({ percent: 100, step: 3, finished: true, tone: "good" });
  });

  it("keeps polling only while a deployment is still moving", () => {
    expect(["queued", "building", "uploading"].map((s) => isFinished(s as "queued"))).toEqual([false, false, false]);
    expect(["live", "failed", "rolled_back"].map((s) => isFinished(s as "live"))).toEqual([true, true, true]);
  });

  it("leaves a failed build on the build step, and a failed upload on the upload step", () => {
    expect(deployProgress("failed", "building")).toMatchObject({ step: 1, tone: "bad", label: "Failed" });
    expect(deployProgress("failed", "uploading")).toMatchObject({ step: 2, tone: "bad" });
    // Seen only once finished: it failed at the build, the first step that can fail.
    expect(deployProgress("failed")).toMatchObject({ step: 1 });
  });

  it("shows a rollback after the health check as having gone all the way", () => {
    expect(deployProgress("rolled_back", "uploading")).toMatchObject({ step: 3, tone: "bad", label: "Rolled back" });
  });
});

describe("failureNote", () => {
  it("says the earlier version still serves only when one went live", () => {
    expect(failureNote("failed", true)).toContain("version live before it still serves");
    expect(failureNote("failed", false)).toContain("no version of this site has gone live yet");
    expect(failureNote("failed", false)).not.toContain("still serves");
    expect(failureNote("rolled_back", true)).toContain("put back");
    expect(failureNote("rolled_back", false)).toContain("taken down");
    expect(failureNote("live", false)).toBeNull();
  });
});
