/**
 * The AI router's overhead on loopback: the same chat request sent straight to a fake
 * OpenAI-compatible server (what the router itself sends it) and through the platform's
 * `POST /api/ai/chat` (session, budgets and rate limit, context fitting, the SDK, the usage
 * row, SSE), in interleaved rounds, with the same client code. The difference is what the
 * router adds. The same again for a tool-calling request (tools sent, the fake answering a call).
 */
import { rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { startOpenAiFake } from "../packages/ai/src/test/startOpenAiFake.ts";
import { ApiClient } from "../e2e/lib/apiClient.ts";
import { startPlatform } from "../e2e/lib/startPlatform.ts";
import type { Metric, MetricBenchmark, MetricReport } from "./lib/Benchmark.ts";
import { findWorkerOrigin } from "./lib/findWorkerOrigin.ts";
import { measureGetLatency } from "./lib/measureGetLatency.ts";
import { startFixtureWorker } from "./lib/startFixtureWorker.ts";
import { measureChatLatency, type ChatTarget } from "./lib/measureChatLatency.ts";
import { percentile } from "./lib/percentile.ts";
import { withTeardown } from "./lib/withTeardown.ts";

const MODEL = "bench-model";
/** In the tool-calling requests' prompt: the fake answers every request carrying it with a tool call. */
const TOOLS_MARKER = "bench-tool-call";
const tool = {
  name: "read_file",
  description: "Read a file of the project",
  parameters: { type: "object", properties: { path: { type: "string" } }, required: ["path"] },
};
const WARMUP_ROUNDS = 50;
const ROUNDS = 500;
const TARGET_ADDED_P50_MS = 1;
/** Published router overheads, measured the same way (added latency at p50). */
const ANCHORS = "Bifrost +0.44 ms, Portkey +2.37 ms, LiteLLM +4.34 ms";

async function measureAiRouter(): Promise<MetricReport> {
  return withTeardown(async (defer) => {
    // Local servers ignore the key; the router sends "local" (readAiConfig).
    const fake = await startOpenAiFake("local");
    defer(() => fake.close());
    fake.always(TOOLS_MARKER, {
      kind: "answer",
      chunks: [],
      toolCalls: [{ id: "call_read", name: "read_file", arguments: '{"path": "src/app.ts"}' }],
    });
    const platform = await startPlatform({
      env: {
        LOCAL_AI_BASE_URL: fake.baseUrl,
        LOCAL_AI_MODEL: MODEL,
        // The benchmark sends thousands of requests a minute; the limit is not what is measured.
        AI_REQUESTS_PER_MINUTE: "1000000",
      },
    });
    defer(async () => {
      await platform.stop();
      rmSync(platform.dataDir, { recursive: true, force: true });
    });
    const forwarder = await startFixtureWorker({
      entry: "bench/fixtures/forwardWorker.ts",
      bindings: { UPSTREAM: new URL(fake.baseUrl).origin },
    });
    defer(() => forwarder.stop());
    const person = await ApiClient.signUp(platform.origin, "Bench");
    const workerOrigin = await findWorkerOrigin(platform.process.pid ?? 0, platform.port);
    const messages = [{ role: "user", content: "Say hello." }];
    const toolMessages = [{ role: "user", content: `Read src/app.ts. ${TOOLS_MARKER}` }];

    const direct: ChatTarget = {
      url: `${fake.baseUrl}/chat/completions`,
      headers: { authorization: "Bearer local" },
      // Streamed always: the router always streams from the provider.
      body: () => ({ model: MODEL, messages, stream: true, stream_options: { include_usage: true } }),
      protocol: "openai",
    };
    const routed = (origin: string): ChatTarget => ({
      url: `${origin}/api/ai/chat`,
      headers: person.headers,
      body: (stream) => ({ messages, model: `local:${MODEL}`, stream: stream.stream }),
      protocol: "wove",
    });
    const worker = routed(workerOrigin);
    let restarts = 0;
    worker.recover = async () => {
      if (++restarts > 5) throw new Error("the Worker's workerd keeps restarting: is something editing its sources?");
      worker.url = `${await findWorkerOrigin(platform.process.pid ?? 0, platform.port)}/api/ai/chat`;
    };
    // The same request as `direct`, through a Worker that only forwards it.
    const forwarded: ChatTarget = {
      ...direct,
      url: `${forwarder.url.origin}${new URL(direct.url).pathname}`,
    };
    // Tool calling: the same three ways, the request offering one tool and answered with a call.
    const directTools: ChatTarget = {
      ...direct,
      body: () => ({
        model: MODEL,
        messages: toolMessages,
        tools: [{ type: "function", function: tool }],
        stream: true,
        stream_options: { include_usage: true },
      }),
    };
    const workerTools: ChatTarget = {
      ...worker,
      body: (stream) => ({ messages: toolMessages, model: `local:${MODEL}`, stream: stream.stream, tools: [tool] }),
    };
    // Shares the Worker's address: a restart moves both.
    Object.defineProperty(workerTools, "url", { get: () => worker.url });
    const forwardedTools: ChatTarget = { ...directTools, url: forwarded.url };
    const samples = await measureChatLatency(
      { worker, launcher: routed(platform.origin), forwarded, direct, workerTools, forwardedTools, directTools },
      WARMUP_ROUNDS,
      ROUNDS,
    );
    // The floor: what any route costs on this runtime, one that reads no database and calls nothing.
    const floor = await measureGetLatency(
      {
        worker: worker.url.replace(/\/api\/ai\/chat$/, "/api/config"),
        fake: `${new URL(fake.baseUrl).origin}/__fake/ping`,
      },
      WARMUP_ROUNDS,
      ROUNDS,
    );
    if (fake.problems.length > 0) throw new Error(`the fake refused requests: ${fake.problems.join("; ")}`);

    const p = (values: number[], q: number) => percentile(values, q);
    const row = (name: string, subject: number[], reference: number[], q: number): Metric => ({
      name,
      unit: "ms",
      better: "lower",
      subject: p(subject, q),
      reference: p(reference, q),
    });
    const added = (name: string, subject: number[], reference: number[], q: number, target?: number): Metric => ({
      name,
      unit: "ms",
      better: "lower",
      subject: p(subject, q) - p(reference, q),
      reference: 0,
      ...(target === undefined ? {} : { target: { of: "subject" as const, op: "<" as const, value: target } }),
    });
    const rows = (
      via: "worker" | "launcher" | "forwarded" | "workerTools" | "forwardedTools",
      label: string,
      target?: number,
    ): Metric[] => {
      const { whole, firstToken } = samples[via];
      const reference = via.endsWith("Tools") ? samples.directTools : samples.direct;
      const { whole: directWhole, firstToken: directFirst } = reference;
      return [
        row(`${label}: non-streamed request, p50`, whole, directWhole, 50),
        row(`${label}: non-streamed request, p99`, whole, directWhole, 99),
        added("  added by the router, p50", whole, directWhole, 50, target),
        added("  added by the router, p99", whole, directWhole, 99),
        row(`${label}: streamed, time to first token, p50`, firstToken, directFirst, 50),
        row(`${label}: streamed, time to first token, p99`, firstToken, directFirst, 99),
        added("  added by the router, p50", firstToken, directFirst, 50),
        added("  added by the router, p99", firstToken, directFirst, 99),
      ];
    };
    return {
      metrics: [
        ...rows("worker", "Worker", TARGET_ADDED_P50_MS),
        ...rows("launcher", "via npm start"),
        ...rows("forwarded", "floor: a forwarding Worker"),
        ...rows("workerTools", "tool calling, Worker"),
        ...rows("forwardedTools", "tool calling, floor: a forwarding Worker"),
        row("floor: GET /api/config on the Worker, p50", floor.worker, floor.fake, 50),
        added("  added by the runtime, p50", floor.worker, floor.fake, 50),
      ],
      notes: [
        "wove: POST /api/ai/chat on the whole local platform (npm start --skip-build: wrangler dev, workerd, " +
          "embedded Postgres), signed in, model local:bench-model (LOCAL_AI_BASE_URL pointing at the fake), so each " +
          "request passes the session check (its signed cookie copy), the person's AiMeter (rate limit, budget, own " +
          "keys), context fitting, the OpenAI SDK, and writes its usage row after answering. reference: the request " +
          "the router makes, sent by the bench straight to the fake (packages/ai/src/test/startOpenAiFake.ts, " +
          "node:http on loopback), which answers at once: three text chunks, usage, [DONE].",
        "Worker: sent to the Worker's own workerd, as production has it. via npm start: sent to the launcher's " +
          "port, where wrangler dev's ProxyWorker (a second workerd process, a dev-only hop that holds requests " +
          "during reloads) forwards each request over HTTP to the Worker (bench/lib/findWorkerOrigin.ts).",
        "floor: a forwarding Worker: bench/fixtures/forwardWorker.ts in the same workerd (miniflare, our " +
          "compatibility date), which passes the direct request to the fake with fetch() and streams the answer " +
          "back, nothing else: what any router on Workers pays for the extra hop, before routing anything. Its " +
          "non-streamed row is the direct request read to [DONE] through it.",
        "floor: GET /api/config on the Worker alone (no database, no call out) against a GET the fake answers " +
          "404 at once, interleaved the same way: what workerd and the Worker's routing cost before the router " +
          "does anything.",
        `non-streamed: through wove, {"stream": false} (JSON answer); direct, the streamed request read to ` +
          "[DONE] (the router always streams from the provider). Both timed from sending until the whole answer " +
          "is read. streamed: time until the first text arrives (wove: the first delta event; direct: the first " +
          "chunk with content).",
        "tool calling: the request offers one tool (wove: `tools` on POST /api/ai/chat; direct and forwarded: " +
          "OpenAI's `tools`) and the fake answers it with one call, its arguments in three fragments, and no " +
          "text; the first token is the first tool call (wove: the `tool_call` event; direct: the first " +
          "`tool_calls` chunk). Its rows compare with the direct tool-calling request.",
        `${ROUNDS} rounds after ${WARMUP_ROUNDS} unmeasured ones; each round sends one request to each target, one ` +
          "at a time, the order rotating, the non-streamed and streamed kinds alternating. Same client (Node's " +
          `fetch) every way. "added" is wove's percentile minus the direct one. This machine: ` +
          `${availableParallelism()} CPUs; the fake, the bench and workerd share them.`,
        `Published router overheads at p50, for comparison (measured elsewhere, not in this run): ${ANCHORS}. ` +
          `Target: under ${TARGET_ADDED_P50_MS} ms added at p50 (non-streamed), for the Worker.`,
      ],
    };
  });
}

const aiRouter: MetricBenchmark = {
  name: "ai router",
  subject: "POST /api/ai/chat (Worker, local platform)",
  reference: "the same request straight to the fake provider",
  measure: measureAiRouter,
};

export default [aiRouter];
