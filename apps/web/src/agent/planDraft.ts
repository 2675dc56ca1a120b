import type { AgentPlan } from "@wove/protocol";

/**
 * The plan at the approval gate as an editor changes it, before it is sent with Approve.
 * Files stay the text typed ("src/app.tsx, src/api.ts") until then, so a half-typed list
 * is not rewritten under the caret. The limits are the server's (`POST …/approve`).
 */
export interface PlanDraft {
  title: string;
  steps: DraftStep[];
  /** The next step key: keys stay with their step when others are added or removed. */
  nextKey: number;
}

export interface DraftStep {
  key: number;
  title: string;
  files: string;
}

/** The plan as `POST …/approve {plan}` takes it. */
export interface ApprovalPlan {
  title: string;
  steps: { title: string; files: string[] }[];
}

export const PLAN_MAX_STEPS = 20;
export const STEP_TITLE_MAX = 500;
export const STEP_MAX_FILES = 50;

export function draftFromPlan(plan: AgentPlan): PlanDraft {
  const steps = plan.steps.map((step, key) => ({ key, title: step.title, files: step.files.join(", ") }));
  return { title: plan.title, steps, nextKey: steps.length };
}

export function renameStep(draft: PlanDraft, key: number, title: string): PlanDraft {
  return { ...draft, steps: draft.steps.map((step) => (step.key === key ? { ...step, title } : step)) };
}

export function setStepFiles(draft: PlanDraft, key: number, files: string): PlanDraft {
  return { ...draft, steps: draft.steps.map((step) => (step.key === key ? { ...step, files } : step)) };
}

/** Adds an empty step after `afterKey` (at the end without it); a full plan is left as it is. */
export function addStep(draft: PlanDraft, afterKey?: number): PlanDraft {
  if (draft.steps.length >= PLAN_MAX_STEPS) return draft;
  const step = { key: draft.nextKey, title: "", files: "" };
  const at = afterKey === undefined ? -1 : draft.steps.findIndex((s) => s.key === afterKey);
  const steps = at < 0 ? [...draft.steps, step] : [...draft.steps.slice(0, at + 1), step, ...draft.steps.slice(at + 1)];
  return { ...draft, steps, nextKey: draft.nextKey + 1 };
}

export function removeStep(draft: PlanDraft, key: number): PlanDraft {
  return { ...draft, steps: draft.steps.filter((step) => step.key !== key) };
}

/**
 * "src/a.ts, ./src/b.ts,, src/a.ts" → ["src/a.ts", "src/b.ts"]: trimmed, without empty
 * entries or repeats, relative like the document's paths (no leading "./" or "/").
 */
export function parseFileList(text: string): string[] {
  const paths = text
    .split(/[,\n]/)
    .map((part) => part.trim().replace(/^(\.\/|\/)+/, ""))
    .filter((part) => part.length > 0);
  return [...new Set(paths)];
}

export type PlanReading = { ok: true; plan: ApprovalPlan | undefined } | { ok: false; problem: string };

/**
 * The plan to send with Approve: undefined when the draft is the agent's plan unchanged
 * (approving it as it is), or the first problem that the server would refuse.
 */
export function readDraft(draft: PlanDraft, original: AgentPlan): PlanReading {
  if (draft.steps.length === 0) return { ok: false, problem: "A plan needs at least one step: add one." };
  if (draft.steps.length > PLAN_MAX_STEPS) return { ok: false, problem: `A plan has at most ${PLAN_MAX_STEPS} steps.` };
  const steps: ApprovalPlan["steps"] = [];
  for (const [index, step] of draft.steps.entries()) {
    const title = step.title.trim();
    const files = parseFileList(step.files);
    if (!title) return { ok: false, problem: `Step ${index + 1} needs a title.` };
    if (title.length > STEP_TITLE_MAX) {
      return { ok: false, problem: `Step ${index + 1}'s title is longer than ${STEP_TITLE_MAX} characters.` };
    }
    if (files.length > STEP_MAX_FILES) {
      return { ok: false, problem: `Step ${index + 1} lists more than ${STEP_MAX_FILES} files.` };
    }
    steps.push({ title, files });
  }
  const plan = { title: draft.title, steps };
  return { ok: true, plan: samePlan(plan, original) ? undefined : plan };
}

function samePlan(plan: ApprovalPlan, original: AgentPlan): boolean {
  return (
    plan.steps.length === original.steps.length &&
    plan.steps.every((step, index) => {
      const before = original.steps[index];
      return (
        before !== undefined &&
        step.title === before.title.trim() &&
        step.files.join("\n") === parseFileList(before.files.join(",")).join("\n")
      );
    })
  );
}
