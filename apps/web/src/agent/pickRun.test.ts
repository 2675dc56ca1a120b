import { describe, expect, it } from "vitest";
import { fakeRun } from "./fakeRun.ts";
import { pickRun } from "./pickRun.ts";

// The document holds runs oldest first.
const runs = [fakeRun("r1", { createdAt: 1 }), fakeRun("r2", { createdAt: 2 }), fakeRun("r3", { createdAt: 3 })];

describe("pickRun", () => {
  it("lists the newest run first and shows it when none was chosen", () => {
    const { newestFirst, shown } = pickRun(runs, null);
    expect(newestFirst.map((run) => run.id)).toEqual(["r3", "r2", "r1"]);
    expect(shown?.id).toBe("r3");
  });

  it("shows the chosen run, and the newest once the chosen one left the document", () => {
    expect(pickRun(runs, "r1").shown?.id).toBe("r1");
    expect(pickRun(runs, "gone").shown?.id).toBe("r3");
    expect(pickRun([], "r1").shown).toBeNull();
  });
});
