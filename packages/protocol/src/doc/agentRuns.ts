import * as Y from "yjs";

/**
 * The builder agent's runs as everyone in the room sees them (SPEC D16–D18):
 * `doc.getArray("agentRuns")` of `Y.Map` runs, oldest first. The durable record is the
 * platform's (the run's Workflow and its `agent_runs` row); this is its live, offline view,
 * written only by the server, so collaborators watch the plan, log and usage as they change.
 */

/** Runs kept in the document; a new run past it drops the oldest finished one (D17). */
export const AGENT_RUNS_LIMIT = 20;
/** Log entries kept per run; appending past it drops the oldest (D17). */
export const RUN_LOG_LIMIT = 300;
/** A log line is cut to this many characters. */
export const RUN_LOG_LINE_CHARS = 2_000;

export const RunStatus = {
  /** Waits for another run of the project to end. */
  Queued: "queued",
  Planning: "planning",
  AwaitingApproval: "awaiting_approval",
  Running: "running",
  Succeeded: "succeeded",
  Failed: "failed",
  Stopped: "stopped",
} as const;
export type RunStatus = (typeof RunStatus)[keyof typeof RunStatus];

const FINISHED: ReadonlySet<string> = new Set([RunStatus.Succeeded, RunStatus.Failed, RunStatus.Stopped]);
export const isFinishedRun = (status: string): boolean => FINISHED.has(status);

export const StepStatus = { Pending: "pending", Running: "running", Done: "done", Failed: "failed" } as const;
export type StepStatus = (typeof StepStatus)[keyof typeof StepStatus];

export interface PlanStep {
  title: string;
  /** The files the step expects to touch. */
  files: string[];
  status: StepStatus;
}

export interface AgentPlan {
  title: string;
  steps: PlanStep[];
}

export interface RunPerson {
  id: string;
  name: string;
}

export type RunLogKind = "info" | "read" | "edit" | "build" | "preview" | "fix" | "error" | "message" | "model";

export interface RunLogEntry {
  at: number;
  kind: RunLogKind;
  text: string;
  /** Who sent a steering message (kind "message"). */
  by?: RunPerson;
}

export interface RunUsage {
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

/** A run as readers see it (plain values). */
export interface AgentRunView {
  id: string;
  prompt: string;
  pipeline: string;
  /** `"auto"` or `"<provider>:<model>"`. */
  model: string;
  status: RunStatus;
  startedBy: RunPerson;
  createdAt: number;
  updatedAt: number;
  plan: AgentPlan | null;
  /** What the plan is expected to cost (from the router's prices), shown at the approval gate. */
  estimate: RunUsage | null;
  usage: RunUsage;
  budgetUsd: number | null;
  filesChanged: string[];
  /** Build errors fixed by the deterministic fixers, without a model call. */
  fixedWithoutModel: number;
  log: RunLogEntry[];
  deploymentUrl?: string;
  summary?: string;
  error?: string;
}

/** The fields the server sets on a run; `log` only grows, through `appendRunLog`. */
export type AgentRunFields = Omit<AgentRunView, "log" | "id">;

export const agentRunsOf = (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>("agentRuns");

/** The runs, oldest first; entries a newer client wrote in another shape are skipped. */
export function readRuns(doc: Y.Doc): AgentRunView[] {
  const runs: AgentRunView[] = [];
  for (const entry of agentRunsOf(doc)) {
    const run = readEntry(entry);
    if (run) runs.push(run);
  }
  return runs;
}

export function readRun(doc: Y.Doc, id: string): AgentRunView | undefined {
  const entry = findEntry(doc, id);
  return entry ? (readEntry(entry) ?? undefined) : undefined;
}

/**
 * Adds a run, or sets the fields of the one with this id (a Workflow step that runs again
 * writes the same run, not a second one). Past `AGENT_RUNS_LIMIT` the oldest finished runs go,
 * in the same transaction (D17).
 */
export function putRun(doc: Y.Doc, id: string, fields: Partial<AgentRunFields>, origin?: unknown): void {
  doc.transact(() => {
    const existing = findEntry(doc, id);
    if (existing) {
      setFields(existing, fields);
      return;
    }
    const entry = new Y.Map<unknown>();
    entry.set("id", id);
    entry.set("log", new Y.Array<RunLogEntry>());
    setFields(entry, fields);
    const runs = agentRunsOf(doc);
    runs.push([entry]);
    trimRuns(runs);
  }, origin);
}

/** Sets fields of a run; a run no longer in the document (trimmed) is not recreated. */
export function patchRun(doc: Y.Doc, id: string, fields: Partial<AgentRunFields>, origin?: unknown): boolean {
  const entry = findEntry(doc, id);
  if (!entry) return false;
  doc.transact(() => setFields(entry, fields), origin);
  return true;
}

/** Appends log lines, dropping the oldest past `RUN_LOG_LIMIT` in the same transaction. */
export function appendRunLog(doc: Y.Doc, id: string, entries: readonly RunLogEntry[], origin?: unknown): boolean {
  const entry = findEntry(doc, id);
  const log = entry?.get("log");
  if (!(log instanceof Y.Array) || entries.length === 0) return false;
  doc.transact(() => {
    log.push(entries.map((line) => ({ ...line, text: line.text.slice(0, RUN_LOG_LINE_CHARS) })));
    const over = log.length - RUN_LOG_LIMIT;
    if (over > 0) log.delete(0, over);
    entry!.set("updatedAt", Date.now());
  }, origin);
  return true;
}

function findEntry(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  for (const entry of agentRunsOf(doc)) if (entry instanceof Y.Map && entry.get("id") === id) return entry;
  return undefined;
}

function setFields(entry: Y.Map<unknown>, fields: Partial<AgentRunFields>): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) {
      if (entry.has(key)) entry.delete(key);
    }
    // Plain JSON values: a plan or a usage is rewritten whole, and is small. One that has not
    // changed is left as it is: the agent writes the whole view each turn, and every set is
    // an item kept in the document and sent to everyone.
    else if (JSON.stringify(entry.get(key)) !== JSON.stringify(value)) entry.set(key, value);
  }
}

/** Drops the oldest finished runs past the limit; unfinished runs are never dropped. */
function trimRuns(runs: Y.Array<Y.Map<unknown>>): void {
  let over = runs.length - AGENT_RUNS_LIMIT;
  for (let index = 0; over > 0 && index < runs.length;) {
    const entry = runs.get(index);
    const status = entry instanceof Y.Map ? entry.get("status") : undefined;
    if (typeof status !== "string" || isFinishedRun(status)) {
      runs.delete(index, 1);
      over--;
    } else index++;
  }
}

function readEntry(entry: Y.Map<unknown>): AgentRunView | null {
  if (!(entry instanceof Y.Map)) return null;
  const id = entry.get("id");
  const status = entry.get("status");
  const startedBy = entry.get("startedBy") as RunPerson | undefined;
  if (typeof id !== "string" || typeof status !== "string" || !startedBy) return null;
  const log = entry.get("log");
  const optional = (key: string) => {
    const value = entry.get(key);
    return typeof value === "string" ? value : undefined;
  };
  const run: AgentRunView = {
    id,
    prompt: String(entry.get("prompt") ?? ""),
    pipeline: String(entry.get("pipeline") ?? "build"),
    model: String(entry.get("model") ?? "auto"),
    status: status as RunStatus,
    startedBy,
    createdAt: Number(entry.get("createdAt") ?? 0),
    updatedAt: Number(entry.get("updatedAt") ?? 0),
    plan: (entry.get("plan") as AgentPlan | undefined) ?? null,
    estimate: (entry.get("estimate") as RunUsage | undefined) ?? null,
    usage: (entry.get("usage") as RunUsage | undefined) ?? { inputTokens: 0, outputTokens: 0, costUsd: 0 },
    budgetUsd: typeof entry.get("budgetUsd") === "number" ? (entry.get("budgetUsd") as number) : null,
    filesChanged: (entry.get("filesChanged") as string[] | undefined) ?? [],
    fixedWithoutModel: Number(entry.get("fixedWithoutModel") ?? 0),
    log: log instanceof Y.Array ? (log.toArray() as RunLogEntry[]) : [],
  };
  for (const key of ["deploymentUrl", "summary", "error"] as const) {
    const value = optional(key);
    if (value !== undefined) run[key] = value;
  }
  return run;
}
