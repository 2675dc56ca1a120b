import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModelRequest } from "../ModelRequest.ts";
import type { ProviderAdapter } from "../ProviderAdapter.ts";
import type { ProviderEvent } from "../ProviderEvent.ts";
import { collect } from "./collect.ts";
import type { FailureKind, FakeServer, FakeToolCall } from "./startFakeServer.ts";
import { buildCall, readArguments, readCall, toolRequest, toolResultRequest } from "./toolFixtures.ts";

export interface AdapterUnderTest {
  start(): Promise<FakeServer>;
  /** An adapter over the real SDK, pointed at the fake, with `apiKey` (the fake's own key by default). */
  adapter(fake: FakeServer, apiKey?: string): ProviderAdapter;
  model: string;
  /**
   * Whether the vendor streams a call's arguments as JSON text (Anthropic, OpenAI), which the
   * model can get wrong; Gemini sends them parsed, so they cannot be malformed.
   */
  argumentsAsText: boolean;
  /** Whether the adapter makes call ids up (Gemini sends none) rather than keeping the vendor's. */
  makesCallIds: boolean;
  /** The signature the vendor's first call of an answer carries, to be sent back (Gemini's). */
  firstCallSignature?: string;
}

export const request = (model: string): ModelRequest => ({
  model,
  system: "You are terse.",
  messages: [
    { role: "user", content: "Say hello" },
    { role: "assistant", content: "Hi." },
    { role: "user", content: "Again, to the world" },
  ],
  maxOutputTokens: 256,
});

/**
 * One behaviour suite every adapter must pass, run against its vendor's fake with the real
 * SDK: streaming and usage, tool calls out and results back, each failure class, one request per call (SDK retries are off:
 * the router's fallback is what retries), and cancellation reaching the vendor's connection.
 */
export function describeAdapterContract(name: string, subject: AdapterUnderTest): void {
  describe(`${name} adapter contract`, () => {
    let fake: FakeServer;
    let adapter: ProviderAdapter;
    beforeAll(async () => {
      fake = await subject.start();
      adapter = subject.adapter(fake);
    });
    afterAll(() => fake.close());

    const run = (signal = new AbortController().signal) => collect(adapter.stream(request(subject.model), signal));
    const failureOf = (events: ProviderEvent[]) => {
      expect(events).toHaveLength(1);
      const [event] = events;
      return event?.type === "failed" ? event.failure : undefined;
    };

    it("streams the text as deltas, then the usage the vendor reported", async () => {
      const events = await run();
      expect(events).toEqual([
        { type: "delta", text: "Hello" },
        { type: "delta", text: ", " },
        { type: "delta", text: "world" },
        { type: "done", inputTokens: 21, outputTokens: 7 },
      ]);
      expect(fake.problems).toEqual([]);
    });

    it.each<[FailureKind, string]>([
      ["rateLimited", "rate_limited"],
      ["overloaded", "overloaded"],
      ["serverError", "server_error"],
      ["invalidRequest", "invalid_request"],
    ])("classifies a %s answer as %s, with one request and no SDK retry", async (failure, code) => {
      const before = fake.requests.length;
      fake.next({ kind: "fail", failure });
      expect(failureOf(await run())?.code).toBe(code);
      expect(fake.requests.length - before).toBe(1);
    });

    it("keeps how long the vendor asks to wait after a 429", async () => {
      fake.next({ kind: "fail", failure: "rateLimited", retryAfterSeconds: 2 });
      expect(failureOf(await run())).toMatchObject({ code: "rate_limited", retryAfterMs: 2_000 });
      fake.next({ kind: "fail", failure: "rateLimited" });
      expect(failureOf(await run())?.retryAfterMs).toBeUndefined();
    });

    it("classifies a server error sent inside a 200 stream", async () => {
      fake.next({ kind: "failInStream", failure: "serverError" });
      expect(failureOf(await run())?.code).toBe("server_error");
    });

    it("ends with a failure, not a hang, when the stream turns to garbage after some text", async () => {
      fake.next({ kind: "garbageAfterFirstChunk", chunks: ["partial"] });
      const events = await run();
      expect(events[0]).toEqual({ type: "delta", text: "partial" });
      expect(events.slice(1)).toEqual([
        { type: "failed", failure: expect.objectContaining({ code: expect.any(String) }) },
      ]);
    });

    it("says the key is invalid, naming the provider and who can fix it", async () => {
      const badKey = subject.adapter(fake, "wrong-key");
      const failure = failureOf(await collect(badKey.stream(request(subject.model), new AbortController().signal)));
      expect(failure?.code).toBe("invalid_key");
      expect(failure?.message).toMatch(/rejected the API key .*invalid.*the platform's admin/);
    });

    it("checks a key with one models-list call: null when accepted, the refusal when not", async () => {
      const before = fake.requests.length;
      expect(await adapter.checkKey()).toBeNull();
      const refused = await subject.adapter(fake, "wrong-key").checkKey();
      expect(refused).toMatchObject({ code: "invalid_key", message: expect.stringContaining("rejected the API key") });
      expect(JSON.stringify(refused)).not.toContain("wrong-key");
      const calls = fake.requests.slice(before);
      expect(calls.map((r) => r.method)).toEqual(["GET", "GET"]);
      expect(calls.every((r) => /\/models(\?|$)/.test(r.url))).toBe(true);
      expect(fake.problems).toEqual([]);
    });

    it("stops the vendor's request when aborted mid-stream", async () => {
      fake.next({ kind: "stallAfterFirstChunk", chunks: ["partial", " never"] });
      const controller = new AbortController();
      const closed = fake.closedEarly();
      const events: ProviderEvent[] = [];
      for await (const event of adapter.stream(request(subject.model), controller.signal)) {
        events.push(event);
        if (event.type === "delta") controller.abort();
      }
      expect(events[0]).toEqual({ type: "delta", text: "partial" });
      expect(events.slice(1)).toEqual([{ type: "failed", failure: { code: "aborted", message: "Stopped" } }]);
      expect((await closed).closedEarly).toBe(true);
    });

    describe("tool calling", () => {
      const done = { type: "done", inputTokens: 21, outputTokens: 7 };
      const answerWith = (chunks: string[], ...toolCalls: FakeToolCall[]) => {
        fake.next({ kind: "answer", chunks, toolCalls });
        return collect(adapter.stream(toolRequest(subject.model), new AbortController().signal));
      };
      const callOf = (call: FakeToolCall, args: unknown, first = true) => ({
        type: "tool_call",
        id: subject.makesCallIds ? expect.stringMatching(/^call_\d+_\d+$/) : call.id,
        name: call.name,
        arguments: args,
        ...(first && subject.firstCallSignature ? { signature: subject.firstCallSignature } : {}),
      });

      it("sends the tools, in a form the vendor accepts", async () => {
        const before = fake.requests.length;
        await collect(adapter.stream(toolRequest(subject.model), new AbortController().signal));
        const sent = JSON.stringify(fake.requests[before]?.body);
        expect(sent).toContain('"read_file"');
        expect(sent).toContain('"Path from the project root"');
        expect(fake.problems).toEqual([]);
      });

      it("streams a tool call as one event, its arguments assembled and parsed, then the usage", async () => {
        const events = await answerWith([], readCall);
        expect(events).toEqual([callOf(readCall, readArguments), done]);
      });

      it("streams two tool calls in order, each whole", async () => {
        const events = await answerWith([], readCall, buildCall);
        expect(events).toEqual([callOf(readCall, readArguments), callOf(buildCall, {}, false), done]);
        const ids = events.flatMap((e) => (e.type === "tool_call" ? [e.id] : []));
        expect(new Set(ids).size).toBe(2);
      });

      it("streams the text written before a tool call, then the call", async () => {
        const events = await answerWith(["Let me ", "look."], readCall);
        expect(events).toEqual([
          { type: "delta", text: "Let me " },
          { type: "delta", text: "look." },
          callOf(readCall, readArguments),
          done,
        ]);
      });

      it("sends the assistant's tool calls and their results back, in a form the vendor accepts", async () => {
        const before = fake.requests.length;
        const events = await collect(adapter.stream(toolResultRequest(subject.model), new AbortController().signal));
        expect(events.at(-1)).toEqual(done);
        const sent = JSON.stringify(fake.requests[before]?.body);
        expect(sent).toContain("export const app = 1;");
        expect(sent).toContain("1 error in src/app.ts");
        expect(fake.problems).toEqual([]);
      });

      describe("with streamToolArguments", () => {
        const streamWith = (chunks: string[], ...toolCalls: FakeToolCall[]) => {
          fake.next({ kind: "answer", chunks, toolCalls });
          const asked = { ...toolRequest(subject.model), streamToolArguments: true };
          return collect(adapter.stream(asked, new AbortController().signal));
        };
        const deltasOf = (events: ProviderEvent[], index: number) =>
          events.flatMap((e) => (e.type === "tool_call_delta" && e.index === index ? [e] : []));

        it("streams each call's arguments as deltas before the call, joined equal to its arguments", async () => {
          const events = await streamWith(["Let me ", "look."], readCall, buildCall);
          const calls = events.flatMap((e) => (e.type === "tool_call" ? [e] : []));
          expect(calls).toEqual([callOf(readCall, readArguments), callOf(buildCall, {}, false)]);
          expect(events.filter((e) => e.type === "delta")).toHaveLength(2);
          expect(events.at(-1)).toEqual(done);
          for (const [index, call] of calls.entries()) {
            const deltas = deltasOf(events, index);
            expect(deltas.length).toBeGreaterThan(0);
            // Every delta names its call, and comes before the complete call.
            expect(deltas.every((d) => d.id === call.id && d.name === call.name)).toBe(true);
            const lastDelta = events.lastIndexOf(deltas.at(-1)!);
            expect(lastDelta).toBeLessThan(events.indexOf(call));
            expect(JSON.parse(deltas.map((d) => d.json).join(""))).toEqual(call.arguments);
          }
          expect(events.filter((e) => e.type === "tool_call_delta")).toHaveLength(
            deltasOf(events, 0).length + deltasOf(events, 1).length,
          );
        });

        if (subject.argumentsAsText) {
          it("passes the vendor's argument fragments on one by one, as they arrive", async () => {
            const events = await streamWith([], readCall);
            const deltas = deltasOf(events, 0);
            expect(deltas.length).toBeGreaterThan(1);
            expect(deltas.map((d) => d.json).join("")).toBe(readCall.arguments);
            expect(deltas.every((d) => d.json !== "")).toBe(true);
            // The first fragment is out before the stream is over: the call comes after all of them.
            expect(events.indexOf(deltas[0]!)).toBe(0);
          });

          it("streams a malformed call's raw text, then the call marked malformed", async () => {
            const broken = { id: "call_broken", name: "write_file", arguments: '{"path": "a.ts", "text": "unter' };
            const events = await streamWith([], broken);
            expect(
              deltasOf(events, 0)
                .map((d) => d.json)
                .join(""),
            ).toBe(broken.arguments);
            expect(events.at(-2)).toEqual({ ...callOf(broken, broken.arguments), malformed: true });
          });
        } else {
          it("sends a call that arrives whole as one delta with its whole arguments, right before it", async () => {
            const events = await streamWith([], readCall);
            expect(events).toEqual([
              {
                type: "tool_call_delta",
                index: 0,
                id: expect.any(String),
                name: "read_file",
                json: expect.any(String),
              },
              callOf(readCall, readArguments),
              done,
            ]);
          });
        }
      });

      if (subject.argumentsAsText) {
        it("reports a call whose arguments are not JSON, raw and marked, instead of failing", async () => {
          const broken = { id: "call_broken", name: "write_file", arguments: '{"path": "a.ts", "text": "unterminated' };
          const events = await answerWith([], broken, buildCall);
          expect(events).toEqual([
            { ...callOf(broken, broken.arguments), malformed: true },
            callOf(buildCall, {}, false),
            done,
          ]);
        });
      }
    });

    it("stops a request that never got an answer when aborted", async () => {
      fake.next({ kind: "stall" });
      const controller = new AbortController();
      const closed = fake.closedEarly();
      setTimeout(() => controller.abort(), 50);
      expect(failureOf(await run(controller.signal))?.code).toBe("aborted");
      await closed;
    });
  });
}
