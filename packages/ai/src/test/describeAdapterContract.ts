import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModelRequest } from "../ModelRequest.ts";
import type { ProviderAdapter } from "../ProviderAdapter.ts";
import type { ProviderEvent } from "../ProviderEvent.ts";
import { collect } from "./collect.ts";
import type { FailureKind, FakeServer } from "./startFakeServer.ts";

export interface AdapterUnderTest {
  start(): Promise<FakeServer>;
  /** An adapter over the real SDK, pointed at the fake, with `apiKey` (the fake's own key by default). */
  adapter(fake: FakeServer, apiKey?: string): ProviderAdapter;
  model: string;
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
 * SDK: streaming and usage, each failure class, one request per call (SDK retries are off:
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
