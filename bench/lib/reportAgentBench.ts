import { availableParallelism, loadavg } from "node:os";
import type { Metric, MetricReport, Target } from "./Benchmark.ts";
import type { FirstCharacter } from "./measureFirstCharacter.ts";
import { median, percentile } from "./percentile.ts";
import type { FloorWay } from "./runAgentFloor.ts";

const TARGET = { overheadP50Ms: 25, tokenToTextMs: 300, checkMs: 1_000 };

/** What one measured run of ours, and the floors and references beside it, gave. */
export interface AgentSamples {
  overhead: number[];
  /** The overhead split where the watcher sees the turn's log lines: before, and after. */
  toWrite: number[];
  afterWrite: number[];
  floors: Record<FloorWay, number[]>;
  buildGaps: number[];
  previewGaps: number[];
  deploys: number[];
  nodeBuilds: number[];
}

/** What the report says beside the samples: how many runs, the cold build, the registry's traffic. */
export interface AgentBenchFacts {
  measuredRuns: number;
  /** The warm-up run's run_build, less the per-turn overhead. */
  coldBuild: number;
  registryRequests: { warmUp: number; measured: number };
}

/**
 * The agent benchmark's figures: each with its reference, as bench/agent.bench.ts measured
 * them, and the notes saying how (bench/README.md, "agent").
 */
export function reportAgentBench(samples: AgentSamples, first: FirstCharacter, facts: AgentBenchFacts): MetricReport {
  const below = (value: number): Target => ({ of: "subject", op: "<", value });
  const ms = (name: string, subject: number, reference: number, target?: Target): Metric => ({
    name,
    unit: "ms",
    better: "lower",
    subject,
    reference,
    ...(target ? { target } : {}),
  });
  const overheadP50 = median(samples.overhead);
  const build = samples.buildGaps.map((gap) => gap - overheadP50);
  const preview = samples.previewGaps.map((gap) => gap - overheadP50);
  return {
    metrics: [
      ms("per-turn overhead, p50", overheadP50, median(samples.floors.workflow), below(TARGET.overheadP50Ms)),
      ms("per-turn overhead, p99", percentile(samples.overhead, 99), percentile(samples.floors.workflow, 99)),
      ms(
        "  floor: the same calls in a plain loop, no Workflow, p50",
        median(samples.floors.loop),
        median(samples.floors.workflow),
      ),
      ms(
        "POST agent-runs to the run in a watching client, p50",
        median(first.postToEntry),
        median(first.messageToLine),
      ),
      ms(
        "model's first token to its text in the client, p50",
        median(first.tokenToText),
        median(first.chatTokenToDelta),
        below(TARGET.tokenToTextMs),
      ),
      ms(
        "POST agent-runs to the model's text in the client, p50",
        median(first.postToText),
        median(first.chatPostToDelta),
      ),
      ms("run_build, warm, p50", median(build), median(samples.deploys), below(TARGET.checkMs)),
      ms("check_preview, warm, p50", median(preview), median(samples.deploys), below(TARGET.checkMs)),
      ms("  run_build against the same build in Node, p50", median(build), median(samples.nodeBuilds)),
    ],
    notes: notes(samples, first, { ...facts, build, preview }),
  };
}

function notes(
  samples: AgentSamples,
  first: FirstCharacter,
  extra: AgentBenchFacts & { build: number[]; preview: number[] },
): string[] {
  const round = (values: number[]) => values.map((value) => Math.round(value)).join(", ");
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
  return [
    "wove: the whole local platform (npm start --skip-build: wrangler dev, workerd, embedded Postgres), the " +
      "builder agent on a private 30-file React project, model anthropic:claude-sonnet-5-5 through the router to " +
      "the Anthropic fake (packages/ai/src/test/startAnthropicFake.ts), which answers each turn at once as " +
      "scripted (lib/agentBenchScript.ts). A pass-through proxy in the bench process (lib/startTimingProxy.ts) " +
      "times every model request and answer; a y-websocket client stays connected to the project's room " +
      "throughout, as a collaborator watching. Requests go to the Worker's own workerd (lib/findWorkerOrigin.ts).",
    `per-turn overhead: ${extra.measuredRuns} scripted 20-turn runs (autoApprove) after one warm-up run: turn 0 ` +
      "set_plan, turns 1-16 one read_file, edit_file, write_file or search each, 17 run_build, 18 check_preview, " +
      "19 finish. A turn's overhead is from the last byte of the model's answer n leaving the proxy to the " +
      "arrival of request n + 1: the tool calls, room writes, Postgres, R2 (the conversation and the answer), " +
      "the Workflow step boundary, and the router's next request. Over answers 0-16 of every run " +
      `(${samples.overhead.length} turns; p99 by nearest rank, so the largest of them). Split where the ` +
      "watcher sees the turn's log lines (written to the room after the tool calls, with the turn's Postgres " +
      `update; the fan-out to the watcher included): p50 ${median(samples.toWrite).toFixed(1)} ms from the ` +
      `answer to them, ${median(samples.afterWrite).toFixed(1)} ms from them to the next request ` +
      "(the state saved to R2, the step boundary, the next step's Postgres read (R2 only when a step starts afresh), the AI meter, " +
      "the router).",
    "reference (overhead rows): fixtures/agentFloorWorker.ts in workerd (miniflare, our compatibility date, " +
      "state on disk), with none of our code: a Workflow with one step per turn that loads the turn's request " +
      "from a SQLite Durable Object (RPC), sends it to the same fake through the same proxy, reads the stream to " +
      "the end and writes the answer's size back (RPC). It sends the warm-up run's own requests (same bytes), so " +
      "what remains of ours is our code: the floor of a durable, step-per-turn agent on this runtime. The " +
      "plain-loop row sends the same requests one after another inside one request (no step, no storage): the " +
      "runtime's HTTP round trip alone. Each floor runs once after each of our runs.",
    "first character: rounds of a run asking for approval (its planning turn answers set_plan at once); " +
      "a run's entry appears when the API records it, before any model call; its first text is the first " +
      '"model" log line, written to the room with the turn\'s Postgres update, after the whole answer and its tools (the ' +
      "agent does not stream into the document). Times are to the document update at the watching client. " +
      "references: a steering message (POST …/messages: the same Postgres write, room write and fan-out, no " +
      "run or Workflow started) to its log line; and a streamed POST /api/ai/chat to the same model, whose " +
      `first delta event reaches the HTTP client. ${first.postToEntry.length} rounds, p50. Samples, ms: ` +
      `POST to entry ${round(first.postToEntry)}; token to text ${round(first.tokenToText)}; POST to text ` +
      `${round(first.postToText)}; steering ${round(first.messageToLine)}; chat token to delta ` +
      `${round(first.chatTokenToDelta)}.`,
    "run_build, check_preview: the gap after the answer that calls each, less the per-turn overhead p50; " +
      "check_preview builds the project again itself (buildProject) before it answers the page. Warm: after " +
      "the warm-up run built the project (packages in R2, esbuild-wasm started); each measured run changed " +
      `six files first (four cards edited, two modules rewritten). Samples, ms: run_build ${round(extra.build)}; check_preview ${round(extra.preview)}; ` +
      `the warm-up run's cold run_build ${Math.round(extra.coldBuild)}. reference: POST /api/projects/:id/` +
      "deployments of the same project right after each run, until its first 200 at <site>.localhost " +
      `(lib/timeDeploy.ts): ${round(samples.deploys)}. Node: resolveProject + buildSite (the same code) with ` +
      `native esbuild in the bench process (lib/buildInNode.ts): ${round(samples.nodeBuilds)}.`,
    `npm packages: react, react-dom and scheduler from a fake registry (packages/npm/src/test/startFakeRegistry.ts, ` +
      `packed from node_modules) at NPM_REGISTRY_URL; it answered ${extra.registryRequests.warmUp} request(s) ` +
      `during the warm-up, ${extra.registryRequests.measured} after. The web app's built-ins are used instead ` +
      "when apps/web/dist holds them.",
    `This machine: ${availableParallelism()} CPUs, load average ${load} at the end; the bench, the fake, ` +
      "workerd (both) and Postgres share them.",
  ];
}
