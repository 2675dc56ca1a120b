import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AiConfig } from "./AiConfig.ts";
import type { AiEvent } from "./AiEvent.ts";
import { createAdapter } from "./createAdapter.ts";
import type { ModelSpec } from "./ModelSpec.ts";
import type { ProviderAdapter } from "./ProviderAdapter.ts";
import type { ProviderId } from "./ProviderId.ts";
import { resolveRoute } from "./resolveRoute.ts";
import { routeRequest } from "./routeRequest.ts";
import { collect } from "./test/collect.ts";
import { startAnthropicFake } from "./test/startAnthropicFake.ts";
import type { FakeServer } from "./test/startFakeServer.ts";
import { startGoogleFake } from "./test/startGoogleFake.ts";
import { startOpenAiFake } from "./test/startOpenAiFake.ts";

let anthropic: FakeServer;
let openai: FakeServer;
let google: FakeServer;
let config: AiConfig;
let chain: ModelSpec[];

beforeAll(async () => {
  [anthropic, openai, google] = await Promise.all([startAnthropicFake(), startOpenAiFake(), startGoogleFake()]);
  config = {
    providers: {
      anthropic: { id: "anthropic", apiKey: "test-anthropic-key", baseUrl: anthropic.baseUrl, keySource: "env" },
      openai: { id: "openai", apiKey: "test-openai-key", baseUrl: openai.baseUrl, keySource: "env" },
      google: { id: "google", apiKey: "test-google-key", baseUrl: google.baseUrl, keySource: "env" },
    },
  };
  const route = resolveRoute({ task: "chat", tier: "fast", choice: "auto", config });
  if (!route.ok) throw new Error(route.failure.message);
  chain = route.chain;
});
afterAll(() => Promise.all([anthropic.close(), openai.close(), google.close()]));

function adaptersFor(cfg: AiConfig): Partial<Record<ProviderId, ProviderAdapter>> {
  return Object.fromEntries(Object.values(cfg.providers).map((p) => [p.id, createAdapter(p)]));
}

function route(options: { signal?: AbortSignal; attemptTimeoutMs?: number; cfg?: AiConfig } = {}) {
  return routeRequest({
    chain,
    request: { messages: [{ role: "user", content: "Hello?" }], maxOutputTokens: 512 },
    adapters: adaptersFor(options.cfg ?? config),
    signal: options.signal,
    attemptTimeoutMs: options.attemptTimeoutMs ?? 5_000,
  });
}

const counts = () => [anthropic.requests.length, openai.requests.length, google.requests.length];
const texts = (events: AiEvent[]) => events.flatMap((e) => (e.type === "delta" ? [e.text] : []));

describe("routeRequest", () => {
  it("answers from the first model of the route and prices the usage it reported", async () => {
    const events = await collect(route());
    expect(texts(events).join("")).toBe("Hello, world");
    // claude-haiku-5-5 at $1 / $5 per million: 21 input and 7 output tokens.
    expect(events.at(-1)).toEqual({
      type: "done",
      model: "anthropic:claude-haiku-5-5",
      usage: { inputTokens: 21, outputTokens: 7, costUsd: 0.000056 },
    });
  });

  it("falls back from a 429 on the first model to the second", async () => {
    const [a, o] = counts();
    anthropic.next({ kind: "fail", failure: "rateLimited" });
    const events = await collect(route());
    expect(events.at(-1)).toMatchObject({ type: "done", model: "openai:gpt-5.4-mini" });
    expect(texts(events).join("")).toBe("Hello, world");
    expect(counts().slice(0, 2)).toEqual([a! + 1, o! + 1]);
  });

  it("moves on when Anthropic is overloaded, by status 529 or by an error event in the stream", async () => {
    anthropic.next({ kind: "fail", failure: "overloaded" }, { kind: "failInStream", failure: "overloaded" });
    expect((await collect(route())).at(-1)).toMatchObject({ type: "done", model: "openai:gpt-5.4-mini" });
    expect((await collect(route())).at(-1)).toMatchObject({ type: "done", model: "openai:gpt-5.4-mini" });
  });

  it("moves on when a model does not answer in time, and drops its connection", async () => {
    anthropic.next({ kind: "stall" });
    const closed = anthropic.closedEarly();
    const events = await collect(route({ attemptTimeoutMs: 300 }));
    expect(events.at(-1)).toMatchObject({ type: "done", model: "openai:gpt-5.4-mini" });
    expect((await closed).closedEarly).toBe(true);
  });

  it("walks the whole chain and reports every failure when all are retryable", async () => {
    anthropic.next({ kind: "fail", failure: "serverError" });
    openai.next({ kind: "fail", failure: "rateLimited" });
    google.next({ kind: "fail", failure: "overloaded" });
    const events = await collect(route());
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "error", code: "overloaded" });
    const message = events[0]?.type === "error" ? events[0].message : "";
    expect(message).toContain("anthropic:claude-haiku-5-5: Anthropic had a server error (HTTP 500)");
    expect(message).toContain("openai:gpt-5.4-mini: OpenAI rate limit reached");
  });

  it("stops at a rejected key, without trying the next model, and says which key to fix", async () => {
    const before = counts();
    const badKey: AiConfig = {
      providers: { ...config.providers, anthropic: { ...config.providers.anthropic!, apiKey: "revoked" } },
    };
    const events = await collect(route({ cfg: badKey }));
    expect(events).toEqual([
      {
        type: "error",
        code: "invalid_key",
        message:
          "Anthropic rejected the API key (HTTP 401): the key is invalid or revoked; set ANTHROPIC_API_KEY to a valid key",
      },
    ]);
    expect(counts()).toEqual([before[0]! + 1, before[1], before[2]]);
  });

  it("does not fall back once text has streamed: the failure ends the stream", async () => {
    const before = counts();
    anthropic.next({ kind: "stallAfterFirstChunk", chunks: ["Par", "tial"] });
    const events = await collect(route({ attemptTimeoutMs: 300 }));
    expect(events).toEqual([
      { type: "delta", text: "Par" },
      { type: "error", code: "timeout", message: "Anthropic sent nothing for 0.3s on anthropic:claude-haiku-5-5" },
    ]);
    expect(counts().slice(1)).toEqual(before.slice(1));
  });

  it("stops the vendor's request when the caller aborts mid-stream", async () => {
    anthropic.next({ kind: "stallAfterFirstChunk", chunks: ["Par", "tial"] });
    const controller = new AbortController();
    const closed = anthropic.closedEarly();
    const events: AiEvent[] = [];
    for await (const event of route({ signal: controller.signal })) {
      events.push(event);
      if (event.type === "delta") controller.abort();
    }
    expect(events).toEqual([
      { type: "delta", text: "Par" },
      { type: "error", code: "aborted", message: "Stopped" },
    ]);
    expect((await closed).closedEarly).toBe(true);
  });

  it("stops the vendor's request when the consumer stops reading", async () => {
    anthropic.next({ kind: "stallAfterFirstChunk", chunks: ["Par", "tial"] });
    const closed = anthropic.closedEarly();
    for await (const event of route()) {
      if (event.type === "delta") break;
    }
    expect((await closed).closedEarly).toBe(true);
  });
});
