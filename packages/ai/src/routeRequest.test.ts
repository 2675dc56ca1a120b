import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
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
import { readArguments, readCall, tools } from "./test/toolFixtures.ts";

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

function route(
  options: {
    signal?: AbortSignal;
    attemptTimeoutMs?: number;
    cfg?: AiConfig;
    only?: ModelSpec;
    deadline?: number;
    tools?: boolean;
    streamToolArguments?: boolean;
    adapters?: Partial<Record<ProviderId, ProviderAdapter>>;
  } = {},
) {
  return routeRequest({
    // `only`: a route of one model, as a setup with a single provider (or an explicit pick) has.
    chain: options.only ? [options.only] : chain,
    deadline: options.deadline,
    request: {
      messages: [{ role: "user", content: "Hello?" }],
      maxOutputTokens: 512,
      ...(options.tools ? { tools, toolChoice: "auto" as const } : {}),
      ...(options.streamToolArguments ? { streamToolArguments: true } : {}),
    },
    adapters: { ...adaptersFor(options.cfg ?? config), ...options.adapters },
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
          "Anthropic rejected the API key (HTTP 401): the key is invalid or revoked; ask the platform's admin to fix its Anthropic key, or add your own key in Settings",
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

  describe("with one model to route to", () => {
    const only = () => chain.find((spec) => spec.provider === "openai")!;

    it("asks the same model again after a short Retry-After, and the person gets the answer", async () => {
      const before = openai.requests.length;
      openai.next({ kind: "fail", failure: "rateLimited", retryAfterSeconds: 1 });
      const events = await collect(route({ only: only() }));
      expect(texts(events).join("")).toBe("Hello, world");
      expect(events.at(-1)).toMatchObject({ type: "done", model: "openai:gpt-5.4-mini" });
      expect(openai.requests.length - before).toBe(2);
    });

    it("asks again only once: a second 429 is the answer", async () => {
      const before = openai.requests.length;
      openai.next(
        { kind: "fail", failure: "rateLimited", retryAfterSeconds: 0 },
        { kind: "fail", failure: "rateLimited", retryAfterSeconds: 0 },
      );
      const events = await collect(route({ only: only() }));
      expect(events).toEqual([{ type: "error", code: "rate_limited", message: expect.stringContaining("429") }]);
      expect(openai.requests.length - before).toBe(2);
    });

    it("fails at once when the vendor asks for a long wait, or one past the request's deadline", async () => {
      const before = openai.requests.length;
      openai.next({ kind: "fail", failure: "rateLimited", retryAfterSeconds: 30 });
      expect(await collect(route({ only: only() }))).toEqual([
        { type: "error", code: "rate_limited", message: expect.any(String) },
      ]);
      openai.next({ kind: "fail", failure: "rateLimited", retryAfterSeconds: 1 });
      const late = await collect(route({ only: only(), deadline: Date.now() + 500 }));
      expect(late).toEqual([{ type: "error", code: "rate_limited", message: expect.any(String) }]);
      expect(openai.requests.length - before).toBe(2);
    });

    it("stops waiting when the caller aborts during the wait", async () => {
      const before = openai.requests.length;
      openai.next({ kind: "fail", failure: "rateLimited", retryAfterSeconds: 5 });
      const controller = new AbortController();
      const events = collect(route({ only: only(), signal: controller.signal }));
      await vi.waitFor(() => expect(openai.requests.length - before).toBe(1));
      controller.abort();
      expect(await events).toEqual([{ type: "error", code: "aborted", message: "Stopped" }]);
      expect(openai.requests.length - before).toBe(1);
    });
  });

  it("falls back at once, without waiting, when the vendor asks for a long wait", async () => {
    const [a, o] = counts();
    anthropic.next({ kind: "fail", failure: "rateLimited", retryAfterSeconds: 30 });
    const events = await collect(route());
    expect(events.at(-1)).toMatchObject({ type: "done", model: "openai:gpt-5.4-mini" });
    expect(counts().slice(0, 2)).toEqual([a! + 1, o! + 1]);
  });

  describe("with tools", () => {
    const readEvent = { type: "tool_call", id: "call_read", name: "read_file", arguments: readArguments };

    it("sends the tools and passes the model's text and tool calls through, then prices the usage", async () => {
      anthropic.next({ kind: "answer", chunks: ["Reading."], toolCalls: [readCall] });
      const events = await collect(route({ tools: true }));
      expect(events).toEqual([
        { type: "delta", text: "Reading." },
        readEvent,
        {
          type: "done",
          model: "anthropic:claude-haiku-5-5",
          usage: { inputTokens: 21, outputTokens: 7, costUsd: 0.000056 },
        },
      ]);
      expect(anthropic.requests.at(-1)?.body.tools).toEqual([
        expect.objectContaining({ name: "read_file" }),
        expect.objectContaining({ name: "run_build" }),
      ]);
    });

    it("falls back when the first model fails before any output, and the next one's tool calls come through", async () => {
      anthropic.next({ kind: "fail", failure: "overloaded" });
      openai.next({ kind: "answer", chunks: [], toolCalls: [readCall] });
      const events = await collect(route({ tools: true }));
      expect(events).toEqual([readEvent, expect.objectContaining({ type: "done", model: "openai:gpt-5.4-mini" })]);
      expect(openai.requests.at(-1)?.body.tools).toEqual([
        expect.objectContaining({ type: "function", function: expect.objectContaining({ name: "read_file" }) }),
        expect.objectContaining({ type: "function", function: expect.objectContaining({ name: "run_build" }) }),
      ]);
    });

    it("passes tool_call_delta events on only when asked: without the flag none appears", async () => {
      const deltas = (events: AiEvent[]) => events.filter((e) => e.type === "tool_call_delta");
      anthropic.next({ kind: "answer", chunks: ["Reading."], toolCalls: [readCall] });
      const plain = await collect(route({ tools: true }));
      expect(deltas(plain)).toEqual([]);
      expect(plain.filter((e) => e.type === "tool_call")).toEqual([readEvent]);

      anthropic.next({ kind: "answer", chunks: ["Reading."], toolCalls: [readCall] });
      const asked = await collect(route({ tools: true, streamToolArguments: true }));
      expect(deltas(asked).length).toBeGreaterThan(1);
      expect(
        deltas(asked)
          .map((e) => (e.type === "tool_call_delta" ? e.json : ""))
          .join(""),
      ).toBe(readCall.arguments);
      expect(asked.filter((e) => e.type === "tool_call")).toEqual([readEvent]);
    });

    it("drops deltas an adapter sends when the request did not ask for them", async () => {
      const eager: ProviderAdapter = {
        id: "anthropic",
        async *stream() {
          yield { type: "tool_call_delta", index: 0, id: "call_read", name: "read_file", json: readCall.arguments };
          yield { type: "tool_call", id: "call_read", name: "read_file", arguments: readArguments };
          yield { type: "done", inputTokens: 21, outputTokens: 7 };
        },
        checkKey: () => Promise.resolve(null),
      };
      const events = await collect(route({ tools: true, adapters: { anthropic: eager } }));
      expect(events.map((e) => e.type)).toEqual(["tool_call", "done"]);
    });

    it("does not fall back once a piece of a tool call was passed on: the agent may be writing it", async () => {
      const before = counts();
      const delta = {
        type: "tool_call_delta",
        index: 0,
        id: "call_w",
        name: "write_file",
        json: '{"path":"a',
      } as const;
      const breaksMidCall: ProviderAdapter = {
        id: "anthropic",
        async *stream() {
          yield delta;
          yield { type: "failed", failure: { code: "overloaded", message: "Anthropic is overloaded" } };
        },
        checkKey: () => Promise.resolve(null),
      };
      const events = await collect(
        route({ tools: true, streamToolArguments: true, adapters: { anthropic: breaksMidCall } }),
      );
      expect(events).toEqual([delta, { type: "error", code: "overloaded", message: "Anthropic is overloaded" }]);
      expect(counts()).toEqual(before);
    });

    it("does not fall back once a tool call was passed on: the agent may be running it", async () => {
      const before = counts();
      // A vendor that sends a whole call, then breaks off: no fake stream ends so, an adapter does.
      const breaksAfterCall: ProviderAdapter = {
        id: "anthropic",
        async *stream() {
          yield { type: "tool_call", id: "call_read", name: "read_file", arguments: readArguments };
          yield { type: "failed", failure: { code: "overloaded", message: "Anthropic is overloaded" } };
        },
        checkKey: () => Promise.resolve(null),
      };
      const events = await collect(route({ tools: true, adapters: { anthropic: breaksAfterCall } }));
      expect(events).toEqual([readEvent, { type: "error", code: "overloaded", message: "Anthropic is overloaded" }]);
      expect(counts()).toEqual(before);
    });
  });
});
