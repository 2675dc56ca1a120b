/**
 * The builder agent on the whole local platform, against an Anthropic fake that answers at
 * once and scripts every turn: what the platform adds per model turn (tools, room, Postgres,
 * R2, the Workflow's step boundary, the router) next to a Workflow that does only a turn's
 * unavoidable round trips in the same workerd; how soon a watching collaborator sees a run
 * and its first text; and run_build / check_preview on a 30-file React project, warm, next
 * to a deploy of the same project and the same build in Node.
 */
import { rmSync } from "node:fs";
import { startAnthropicFake } from "../packages/ai/src/test/startAnthropicFake.ts";
import { startFakeRegistry } from "../packages/npm/src/test/startFakeRegistry.ts";
import { startPlatform } from "../e2e/lib/startPlatform.ts";
import {
  exchangesOf,
  gapsOf,
  newMarker,
  startScriptedRun,
  toolCall,
  whenSucceeded,
  type AgentBenchSetup,
} from "./lib/AgentBenchSetup.ts";
import { reactProjectFiles, SCRIPT, scriptedRun } from "./lib/agentBenchScript.ts";
import type { MetricBenchmark, MetricReport } from "./lib/Benchmark.ts";
import { nodeBuilder } from "./lib/buildInNode.ts";
import { measureFirstCharacter } from "./lib/measureFirstCharacter.ts";
import { openAgentProject, textFilesOf } from "./lib/openAgentProject.ts";
import { median } from "./lib/percentile.ts";
import { reportAgentBench, type AgentSamples } from "./lib/reportAgentBench.ts";
import { runAgentFloor } from "./lib/runAgentFloor.ts";
import { startFixtureWorker } from "./lib/startFixtureWorker.ts";
import { startTimingProxy } from "./lib/startTimingProxy.ts";
import { timeDeploy } from "./lib/timeDeploy.ts";
import { watchLogLines } from "./lib/whenRunShows.ts";
import { withTeardown } from "./lib/withTeardown.ts";

const API_KEY = "bench-anthropic-key";
/** Scripted 20-turn runs measured after one warm-up run (which builds cold). */
const MEASURED_RUNS = 5;
const FIRST_CHARACTER_ROUNDS = 10;

interface ScriptedRun {
  /** By answer n: from its end to the request n + 1. */
  gaps: number[];
  /** By answer n: from its end to the watcher seeing the turn's log lines (its "model" line among them). */
  toWrite: number[];
  /** What the floors replay: the run's requests, and the marker in them. */
  bodies: string[];
  from: string;
}

async function measureAgent(): Promise<MetricReport> {
  return withTeardown(async (defer) => {
    const { fake, proxy, registry, floor, setup } = await startAgentBench(defer);
    const buildInNode = nodeBuilder(registry.url);

    // Run 0 warms up: it builds cold (packages fetched into R2, esbuild-wasm started), and its
    // requests are what the floors send. The deploy and the Node build warm up after it.
    const warmUp = await scriptedAgentRun(setup, 0);
    const answers = scriptedRun(0, toolCall);
    await timeDeploy(setup);
    await buildInNode(textFilesOf(setup.watcher));
    const registryAfterWarmUp = registry.requests.length;

    const samples: AgentSamples = {
      overhead: [],
      toWrite: [],
      afterWrite: [],
      floors: { workflow: [], loop: [] },
      buildGaps: [],
      previewGaps: [],
      deploys: [],
      nodeBuilds: [],
    };
    for (let run = 1; run <= MEASURED_RUNS; run++) {
      const { gaps, toWrite } = await scriptedAgentRun(setup, run);
      samples.overhead.push(...SCRIPT.ordinary.map((n) => gaps[n]!));
      samples.toWrite.push(...SCRIPT.ordinary.map((n) => toWrite[n]!));
      samples.afterWrite.push(...SCRIPT.ordinary.map((n) => gaps[n]! - toWrite[n]!));
      samples.buildGaps.push(gaps[SCRIPT.build]!);
      samples.previewGaps.push(gaps[SCRIPT.preview]!);
      // Each floor right after our run, so a change in the machine's load meets both alike.
      for (const way of ["workflow", "loop"] as const) {
        const floorGaps = await runAgentFloor(way, { floor, fake, proxy }, { ...warmUp, answers });
        samples.floors[way].push(...SCRIPT.ordinary.map((n) => floorGaps[n]!));
      }
      samples.deploys.push(await timeDeploy(setup));
      samples.nodeBuilds.push(await buildInNode(textFilesOf(setup.watcher)));
    }
    const firstCharacter = await measureFirstCharacter(setup, FIRST_CHARACTER_ROUNDS);
    if (fake.problems.length > 0) throw new Error(`the fake refused requests: ${fake.problems.join("; ")}`);

    return reportAgentBench(samples, firstCharacter, {
      measuredRuns: MEASURED_RUNS,
      coldBuild: warmUp.gaps[SCRIPT.build]! - median(warmUp.gaps.slice(0, SCRIPT.build)),
      registryRequests: { warmUp: registryAfterWarmUp, measured: registry.requests.length - registryAfterWarmUp },
    });
  });
}

/**
 * Everything the benchmark runs against, each stopped by `defer`: the Anthropic fake behind
 * the timing proxy, the npm registry fake, the whole local platform pointed at both, the
 * floor Worker, and the project with its watcher.
 */
async function startAgentBench(defer: (teardown: () => unknown) => void) {
  const fake = await startAnthropicFake(API_KEY);
  defer(() => fake.close());
  const proxy = await startTimingProxy(fake.baseUrl);
  defer(() => proxy.close());
  const registry = await startFakeRegistry(["react", "react-dom", "scheduler"]);
  defer(() => registry.close());
  const platform = await startPlatform({
    env: {
      ANTHROPIC_API_KEY: API_KEY,
      ANTHROPIC_BASE_URL: proxy.url,
      NPM_REGISTRY_URL: registry.url,
      // A hundred and fifty model turns in a minute or two: the limits are not what is measured.
      AI_REQUESTS_PER_MINUTE: "1000000",
      AI_USER_DAILY_BUDGET_USD: "1000",
      AI_PROJECT_DAILY_BUDGET_USD: "1000",
    },
  });
  defer(async () => {
    await platform.stop();
    rmSync(platform.dataDir, { recursive: true, force: true });
  });
  const floor = await startFixtureWorker({
    entry: "bench/fixtures/agentFloorWorker.ts",
    durableObjects: { RUNS: { className: "FloorRun", useSQLite: true } },
    workflows: { LOOP: { name: "agent-floor", className: "FloorLoop" } },
    bindings: { UPSTREAM: proxy.url, API_KEY },
  });
  defer(() => floor.stop());
  const setup = await openAgentProject(platform, { fake, proxy, files: reactProjectFiles() }, defer);
  return { fake, proxy, registry, floor, setup };
}

/** One scripted 20-turn run to its end: its gaps by answer, and what the floors replay (its requests). */
async function scriptedAgentRun(setup: AgentBenchSetup, run: number): Promise<ScriptedRun> {
  const marker = newMarker();
  // Each turn's answer text reaches the room's log after its tool calls, with its Postgres update.
  const lines = watchLogLines(setup.watcher, marker, "model");
  try {
    const started = await startScriptedRun(setup, {
      marker,
      behaviours: scriptedRun(run, toolCall),
      autoApprove: true,
    });
    await whenSucceeded(setup, { id: started.id, marker });
  } finally {
    lines.stop();
  }
  const exchanges = exchangesOf(setup.proxy, marker);
  if (exchanges.length !== SCRIPT.turns || lines.times.length !== SCRIPT.turns)
    throw new Error(
      `run ${run} made ${exchanges.length} model requests and ${lines.times.length} model log lines, not ${SCRIPT.turns}`,
    );
  return {
    gaps: gapsOf(exchanges),
    toWrite: exchanges.slice(0, -1).map((exchange, n) => lines.times[n]! - exchange.answered!),
    bodies: exchanges.map((exchange) => exchange.raw),
    from: marker,
  };
}

const agent: MetricBenchmark = {
  name: "builder agent",
  subject: "the builder agent (local platform)",
  reference: "a Workflow in workerd doing a turn's round trips only; references per row in the notes",
  measure: measureAgent,
};

export default [agent];
