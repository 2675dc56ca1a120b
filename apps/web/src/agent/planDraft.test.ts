import type { AgentPlan } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import {
  addStep,
  draftFromPlan,
  parseFileList,
  PLAN_MAX_STEPS,
  readDraft,
  removeStep,
  renameStep,
  setStepFiles,
} from "./planDraft.ts";

const plan: AgentPlan = {
  title: "A todo app",
  steps: [
    { title: "Scaffold the page", files: ["index.html", "src/main.ts"], status: "pending" },
    { title: "Store todos", files: ["src/store.ts"], status: "pending" },
  ],
};

describe("the plan at the approval gate", () => {
  it("starts as the agent's plan, with each step's files as a comma list", () => {
    const draft = draftFromPlan(plan);
    expect(draft.steps.map((s) => [s.title, s.files])).toEqual([
      ["Scaffold the page", "index.html, src/main.ts"],
      ["Store todos", "src/store.ts"],
    ]);
  });

  it("approves the agent's plan as it is when nothing was changed", () => {
    expect(readDraft(draftFromPlan(plan), plan)).toEqual({ ok: true, plan: undefined });
    // Retyping the same list differently is no change either.
    const retyped = setStepFiles(draftFromPlan(plan), 0, " ./index.html ,src/main.ts,");
    expect(readDraft(retyped, plan)).toEqual({ ok: true, plan: undefined });
  });

  it("sends a renamed step, with the title trimmed", () => {
    const draft = renameStep(draftFromPlan(plan), 1, "  Store todos in localStorage ");
    const reading = readDraft(draft, plan);
    expect(reading).toEqual({
      ok: true,
      plan: {
        title: "A todo app",
        steps: [
          { title: "Scaffold the page", files: ["index.html", "src/main.ts"] },
          { title: "Store todos in localStorage", files: ["src/store.ts"] },
        ],
      },
    });
  });

  it("adds a step after the one asked, and removes one, keeping the others' keys", () => {
    let draft = addStep(draftFromPlan(plan), 0);
    expect(draft.steps.map((s) => s.key)).toEqual([0, 2, 1]);
    draft = renameStep(draft, 2, "Style it");
    draft = setStepFiles(draft, 2, "src/style.css");
    draft = removeStep(draft, 0);
    const reading = readDraft(draft, plan);
    expect(reading.ok && reading.plan?.steps).toEqual([
      { title: "Style it", files: ["src/style.css"] },
      { title: "Store todos", files: ["src/store.ts"] },
    ]);
    // Without a place, the new step goes last.
    expect(addStep(draft).steps.at(-1)).toEqual({ key: 3, title: "", files: "" });
  });

  it("refuses a plan the server would: an untitled step, no steps at all", () => {
    expect(readDraft(addStep(draftFromPlan(plan)), plan)).toEqual({ ok: false, problem: "Step 3 needs a title." });
    const empty = removeStep(removeStep(draftFromPlan(plan), 0), 1);
    expect(readDraft(empty, plan)).toMatchObject({ ok: false, problem: expect.stringMatching(/at least one step/) });
  });

  it("adds no step past the server's limit", () => {
    let draft = draftFromPlan(plan);
    for (let i = 0; i < PLAN_MAX_STEPS + 3; i++) draft = addStep(draft);
    expect(draft.steps).toHaveLength(PLAN_MAX_STEPS);
  });
});

describe("parseFileList", () => {
  it("reads a comma list of paths as the document writes them", () => {
    expect(parseFileList("src/a.ts, ./src/b.ts,, /src/c.ts ,src/a.ts")).toEqual(["src/a.ts", "src/b.ts", "src/c.ts"]);
    expect(parseFileList("  ")).toEqual([]);
    expect(parseFileList("a.ts\nb.ts")).toEqual(["a.ts", "b.ts"]);
  });
});
