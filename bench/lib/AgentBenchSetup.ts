import type * as Y from "yjs";
import type { Behaviour, FakeServer, FakeToolCall } from "../../packages/ai/src/test/startFakeServer.ts";
import type { TimedExchange, TimingProxy } from "./startTimingProxy.ts";
import { whenRunShows } from "./whenRunShows.ts";

/** The model the runs use: the Anthropic fake behind the router, as the Worker tests script it. */
export const AGENT_MODEL = "anthropic:claude-sonnet-5-5";

/** What the agent benchmark's measurements share: one platform, one project, one watcher. */
export interface AgentBenchSetup {
  /** A request to the platform's Worker (its own workerd) as the signed-in person. */
  fetch(path: string, init?: { method?: string; json?: unknown }): Promise<Response>;
  /** The same, its JSON answer read. */
  api<T>(path: string, init?: { method?: string; json?: unknown }): Promise<{ status: number; body: T }>;
  fake: FakeServer;
  proxy: TimingProxy;
  projectId: string;
  /** A y-websocket client's copy of the project's document, connected all along. */
  watcher: Y.Doc;
}

/** A marker for one run's prompt: the fake answers, and the proxy's exchanges are found, by it. */
export const newMarker = () => `[bench ${crypto.randomUUID()}]`;

let calls = 0;
/** A tool call as the model writes it, with an id unique in the benchmark's process. */
export const toolCall = (name: string, args: unknown): FakeToolCall => ({
  id: `toolu_bench_${++calls}`,
  name,
  arguments: JSON.stringify(args),
});

/** The fake's exchanges for one marker (model requests only), in the order they arrived. */
export function exchangesOf(proxy: TimingProxy, marker: string): TimedExchange[] {
  return proxy.exchanges
    .filter(
      (exchange) => exchange.method === "POST" && exchange.url === "/v1/messages" && exchange.raw.includes(marker),
    )
    .sort((a, b) => a.arrived - b.arrived);
}

/**
 * What the caller did between the model's answer n and its request n + 1, for every n:
 * from the last byte of one answer passing the proxy to the next request's arrival.
 */
export function gapsOf(exchanges: readonly TimedExchange[]): number[] {
  return exchanges.slice(1).map((next, n) => {
    const answered = exchanges[n]?.answered;
    if (answered === undefined) throw new Error(`the model's answer ${n} never ended`);
    return next.arrived - answered;
  });
}

/**
 * Starts a run scripted by `behaviours` and answers its id and when it was asked for; the
 * fake answers its turns in order (every request of the run carries `marker` in its prompt).
 */
export async function startScriptedRun(
  setup: AgentBenchSetup,
  run: { marker: string; behaviours: Behaviour[]; autoApprove: boolean },
): Promise<{ id: string; postedAt: number }> {
  setup.fake.nextMatching(run.marker, ...run.behaviours);
  const postedAt = performance.now();
  const res = await setup.api<{ run: { id: string; status: string } }>(`/api/projects/${setup.projectId}/agent-runs`, {
    method: "POST",
    json: { prompt: `Revise the cards ${run.marker}`, model: AGENT_MODEL, autoApprove: run.autoApprove },
  });
  if (res.status !== 202) throw new Error(`the run was refused: ${res.status} ${JSON.stringify(res.body)}`);
  if (res.body.run.status !== "planning")
    throw new Error(`the run is ${res.body.run.status}, not planning: is another run still active?`);
  return { id: res.body.run.id, postedAt };
}

/** Waits (watching the document) for the run to end; throws with its error and last log lines unless it succeeded. */
export async function whenSucceeded(setup: AgentBenchSetup, run: { id: string; marker: string }): Promise<void> {
  await whenRunShows(setup.watcher, {
    kind: "status",
    marker: run.marker,
    statuses: ["succeeded", "failed", "stopped"],
  });
  await assertRunClean(setup, run.id);
}

/** The run succeeded and no tool call of it failed: otherwise its timings are of something else. */
export async function assertRunClean(setup: AgentBenchSetup, runId: string): Promise<void> {
  const { body } = await setup.api<{
    run: { status: string; error?: string; log?: Array<{ kind: string; text: string }> };
  }>(`/api/projects/${setup.projectId}/agent-runs/${runId}`);
  const errors = (body.run.log ?? []).filter((line) => line.kind === "error");
  if (body.run.status !== "succeeded" || errors.length > 0) {
    const tail = (body.run.log ?? []).slice(-8).map((line) => `${line.kind}: ${line.text}`);
    throw new Error(`the scripted run ${body.run.status} (${body.run.error ?? "no error"}):\n${tail.join("\n")}`);
  }
}
