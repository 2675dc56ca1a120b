import { describe, expect, it } from "vitest";
import { describeQueued, shortPrompt } from "./describeQueued.ts";
import { fakeRun } from "./fakeRun.ts";

describe("describeQueued", () => {
  it("names the run it waits for and who asked for that one", () => {
    const first = fakeRun("r1", {
      prompt: "Add a login page",
      status: "running",
      createdAt: 1,
      startedBy: { id: "u-bo", name: "Bo" },
    });
    const queued = fakeRun("r2", { createdAt: 2 });
    expect(describeQueued([first, queued], queued)).toBe("Waiting for “Add a login page” — asked by Bo");
  });

  it("waits for the newest unfinished run before it, not a finished one nor a later one", () => {
    const done = fakeRun("r0", { status: "succeeded", createdAt: 0 });
    const running = fakeRun("r1", { prompt: "first", status: "running", createdAt: 1 });
    const queuedEarlier = fakeRun("r2", { prompt: "second", createdAt: 2 });
    const queued = fakeRun("r3", { createdAt: 3 });
    const later = fakeRun("r4", { prompt: "later", createdAt: 4 });
    const runs = [done, running, queuedEarlier, queued, later];
    expect(describeQueued(runs, queued)).toMatch(/^Waiting for “second”/);
    expect(describeQueued(runs, queuedEarlier)).toMatch(/^Waiting for “first”/);
  });

  it("says nothing when no run is left before it", () => {
    const done = fakeRun("r1", { status: "failed", createdAt: 1 });
    const queued = fakeRun("r2", { createdAt: 2 });
    expect(describeQueued([done, queued], queued)).toBeNull();
  });
});

describe("shortPrompt", () => {
  it("keeps the first line and cuts a long one at a word", () => {
    expect(shortPrompt("  A todo app\nwith tags and due dates")).toBe("A todo app");
    const long = "A recipe site where people share their recipes, rate them and plan meals for the week";
    const short = shortPrompt(long);
    expect(short.endsWith("…")).toBe(true);
    expect(short.length).toBeLessThanOrEqual(61);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(shortPrompt("   ")).toBe("(no prompt)");
  });
});
