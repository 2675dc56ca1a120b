import { describe, expect, it, vi } from "vitest";
import type { AiUsageReport } from "../src/routes/getAiUsage.ts";
import {
  ask,
  newMarker,
  parseEvents,
  queueBehaviours,
  readEvents,
  requestsTo,
  type FakeVendor,
} from "./lib/aiFakes.ts";
import { Client, signUp } from "./lib/Client.ts";

const chat = (client: Client, json: unknown, env?: Record<string, unknown>) =>
  client.fetch("/api/ai/chat", { method: "POST", json, env });

/** Every provider off: what a platform with no AI configured looks like. */
const noProviders = {
  ANTHROPIC_API_KEY: "",
  OPENAI_API_KEY: "",
  GOOGLE_API_KEY: "",
  LOCAL_AI_BASE_URL: "",
  LOCAL_AI_MODEL: "",
};

describe("POST /api/ai/chat", () => {
  it.each<[FakeVendor, string, string]>([
    ["anthropic", "anthropic:claude-haiku-5-5", "claude-haiku-5-5"],
    ["openai", "openai:gpt-5.4-mini", "gpt-5.4-mini"],
    ["google", "google:gemini-3.8-flash", "gemini-3.8-flash"],
    ["local", "local:llama-test", "llama-test"],
  ])("streams %s's answer as server-sent events, through the real SDK inside workerd", async (vendor, model, name) => {
    const ann = await signUp();
    const marker = newMarker();
    const res = await chat(ann, ask(marker, { model }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const text = await res.text();
    // Exactly the wire format the issue fixes: `data: <json>` frames, deltas, then done.
    expect(text.startsWith('data: {"type":"delta","text":"Hello"}\n\n')).toBe(true);
    expect(parseEvents(text)).toEqual([
      { type: "delta", text: "Hello" },
      { type: "delta", text: ", " },
      { type: "delta", text: "world" },
      { type: "done", model, usage: { inputTokens: 21, outputTokens: 7, costUsd: expect.any(Number) } },
    ]);
    const seen = await requestsTo(vendor, marker);
    expect(seen.problems).toEqual([]);
    expect(seen.requests).toHaveLength(1);
    // Google names the model in the path, the others in the body.
    expect(JSON.stringify([seen.requests[0]?.url, seen.requests[0]?.body])).toContain(name);
  });

  it("tells the model to propose file changes as whole files in a fence with path=", async () => {
    const ann = await signUp();
    const marker = newMarker();
    await readEvents(await chat(ann, ask(marker, { model: "anthropic:claude-haiku-5-5", task: "edit" })));
    const [request] = (await requestsTo("anthropic", marker)).requests;
    const system = String(request?.body.system);
    expect(system).toContain("```ts path=src/a.ts");
    expect(system).toContain("WHOLE new content");
  });

  it("falls back to the next model when the first is rate limited", async () => {
    const ann = await signUp();
    const marker = newMarker();
    await queueBehaviours("anthropic", marker, { kind: "fail", failure: "rateLimited" });
    const events = await readEvents(await chat(ann, ask(marker)));
    expect(events.at(-1)).toMatchObject({ type: "done", model: "openai:gpt-5.4-mini" });
    expect(events.filter((e) => e.type === "delta").map((e) => e.type === "delta" && e.text)).toEqual([
      "Hello",
      ", ",
      "world",
    ]);
    expect((await requestsTo("anthropic", marker)).requests).toHaveLength(1);
    expect((await requestsTo("openai", marker)).requests).toHaveLength(1);
  });

  it("asks a single model again after a 429 with a short Retry-After, so the person gets the answer", async () => {
    const ann = await signUp();
    const marker = newMarker();
    await queueBehaviours("openai", marker, { kind: "fail", failure: "rateLimited", retryAfterSeconds: 1 });
    // An explicit pick is a route of one model, as a setup with one provider has.
    const events = await readEvents(await chat(ann, ask(marker, { model: "openai:gpt-5.4-mini" })));
    expect(events.at(-1)).toMatchObject({ type: "done", model: "openai:gpt-5.4-mini" });
    expect(events.flatMap((e) => (e.type === "delta" ? [e.text] : [])).join("")).toBe("Hello, world");
    expect((await requestsTo("openai", marker)).requests).toHaveLength(2);
  });

  it("fails at once when a single model's vendor asks for a long wait", async () => {
    const ann = await signUp();
    const marker = newMarker();
    await queueBehaviours("openai", marker, { kind: "fail", failure: "rateLimited", retryAfterSeconds: 30 });
    const events = await readEvents(await chat(ann, ask(marker, { model: "openai:gpt-5.4-mini" })));
    expect(events).toEqual([{ type: "error", code: "rate_limited", message: expect.stringContaining("OpenAI") }]);
    expect((await requestsTo("openai", marker)).requests).toHaveLength(1);
  });

  it("stops at a rejected key instead of trying the next model", async () => {
    const ann = await signUp();
    const marker = newMarker();
    await queueBehaviours("anthropic", marker, { kind: "fail", failure: "invalidKey" });
    const events = await readEvents(await chat(ann, ask(marker)));
    expect(events).toEqual([
      { type: "error", code: "invalid_key", message: expect.stringContaining("ask the platform's admin") },
    ]);
    expect((await requestsTo("openai", marker)).requests).toHaveLength(0);
    expect((await requestsTo("google", marker)).requests).toHaveLength(0);
  });

  it("ends with an error event, never a hung stream, when a vendor sends garbage mid-stream", async () => {
    const ann = await signUp();
    const marker = newMarker();
    await queueBehaviours("openai", marker, { kind: "garbageAfterFirstChunk", chunks: ["Hel", "lo"] });
    const events = await readEvents(await chat(ann, ask(marker, { model: "openai:gpt-5.4-mini" })));
    expect(events[0]).toEqual({ type: "delta", text: "Hel" });
    expect(events.slice(1)).toEqual([{ type: "error", code: expect.any(String), message: expect.any(String) }]);
  });

  it("names a model it does not offer in an error event", async () => {
    const ann = await signUp();
    const events = await readEvents(await chat(ann, ask(newMarker(), { model: "openai:gpt-imaginary" })));
    expect(events).toEqual([
      { type: "error", code: "model_not_found", message: expect.stringContaining("GET /api/ai/models") },
    ]);
    const malformed = await readEvents(await chat(ann, ask(newMarker(), { model: "not-a-model" })));
    expect(malformed).toEqual([{ type: "error", code: "invalid_request", message: expect.stringContaining("auto") }]);
  });

  it("tells the person what they can do when no provider is configured, and the log which variable to set", async () => {
    const ann = await signUp();
    const log = vi.spyOn(console, "log");
    const events = await readEvents(await chat(ann, ask(newMarker()), noProviders));
    expect(events).toEqual([
      {
        type: "error",
        code: "no_model_available",
        message:
          "No AI model is available to you yet: add your own key in Settings, or ask the platform's admin to configure one",
      },
    ]);
    expect(log.mock.calls.flat().join("\n")).toContain("ANTHROPIC_API_KEY");
    log.mockRestore();
  });

  it("refuses malformed conversations with a 400 that says what is wrong", async () => {
    const ann = await signUp();
    const refuse = async (json: unknown) => {
      const res = await ann.json<{ error: { code: string; message: string; details?: unknown } }>("/api/ai/chat", {
        method: "POST",
        json,
      });
      expect(res.status).toBe(400);
      return res.body.error;
    };
    expect(await refuse({})).toMatchObject({ code: "validation_failed" });
    expect(await refuse({ messages: [] })).toMatchObject({
      details: [{ path: "messages", message: "Send at least the user's message" }],
    });
    expect(await refuse({ messages: [{ role: "system", content: "hi" }] })).toMatchObject({
      code: "validation_failed",
    });
    expect(await refuse({ messages: [{ role: "user", content: 42 }] })).toMatchObject({ code: "validation_failed" });
    expect(
      JSON.stringify(
        await refuse({
          messages: [
            { role: "user", content: "a" },
            { role: "assistant", content: "b" },
          ],
        }),
      ),
    ).toContain("The last message must be the user's");
    expect(await refuse({ messages: Array(201).fill({ role: "user", content: "x" }) })).toMatchObject({
      code: "validation_failed",
    });
    expect(JSON.stringify(await refuse(ask("x", { files: ["a.ts"] })))).toContain("projectId");
    expect(await refuse(ask("x", { task: "dance" }))).toMatchObject({ code: "validation_failed" });
    const notJson = await ann.json<{ error: { code: string } }>("/api/ai/chat", {
      method: "POST",
      body: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(notJson).toMatchObject({ status: 400, body: { error: { code: "invalid_json" } } });
  });

  it("needs a signed-in person", async () => {
    const res = await new Client().json("/api/ai/chat", { method: "POST", json: ask(newMarker()) });
    expect(res).toMatchObject({ status: 401, body: { error: { code: "unauthenticated" } } });
  });

  it("closes the vendor's connection when the client goes away mid-answer", async () => {
    const ann = await signUp();
    const marker = newMarker();
    await queueBehaviours("anthropic", marker, { kind: "stallAfterFirstChunk", chunks: ["partial", " never"] });
    const res = await chat(ann, ask(marker, { model: "anthropic:claude-haiku-5-5" }));
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(parseEvents(new TextDecoder().decode(first.value))).toEqual([{ type: "delta", text: "partial" }]);
    await reader.cancel();
    await vi.waitFor(
      async () => {
        const [request] = (await requestsTo("anthropic", marker)).requests;
        expect(request?.closedEarly).toBe(true);
      },
      { timeout: 4_000, interval: 50 },
    );
  });

  describe("with tools", () => {
    const readFile = {
      name: "read_file",
      description: "Read a file of the project",
      parameters: { type: "object", properties: { path: { type: "string" } }, required: ["path"] },
    };
    const call = { id: "toolu_read", name: "read_file", arguments: '{"path": "src/app.ts"}' };

    it("offers the tools to the model and streams its tool calls as events, or returns them in one piece", async () => {
      const ann = await signUp();
      const marker = newMarker();
      const answer = { kind: "answer" as const, chunks: ["Reading."], toolCalls: [call] };
      await queueBehaviours("anthropic", marker, answer, answer);
      const json = ask(marker, { model: "anthropic:claude-haiku-5-5", tools: [readFile], toolChoice: "required" });
      const events = await readEvents(await chat(ann, json));
      expect(events).toEqual([
        { type: "delta", text: "Reading." },
        { type: "tool_call", id: "toolu_read", name: "read_file", arguments: { path: "src/app.ts" } },
        expect.objectContaining({ type: "done", model: "anthropic:claude-haiku-5-5" }),
      ]);
      const whole = await ann.json("/api/ai/chat", { method: "POST", json: { ...json, stream: false } });
      expect(whole).toMatchObject({
        status: 200,
        body: {
          text: "Reading.",
          toolCalls: [{ id: "toolu_read", name: "read_file", arguments: { path: "src/app.ts" } }],
          model: "anthropic:claude-haiku-5-5",
        },
      });
      const seen = await requestsTo("anthropic", marker);
      expect(seen.problems).toEqual([]);
      expect(seen.requests[0]?.body).toMatchObject({
        tools: [{ name: "read_file", input_schema: readFile.parameters }],
        tool_choice: { type: "any" },
      });
    });

    it("refuses tools it cannot send, and tools with a project's files, with a 400 that says why", async () => {
      const ann = await signUp();
      for (const [extra, message] of [
        [{ tools: [{ ...readFile, name: "read file" }] }, "letters, digits"],
        [{ tools: [readFile], projectId: "p1" }, "leave out projectId"],
        [{ toolChoice: "auto" }, "toolChoice needs tools"],
      ] as const) {
        const res = await ann.json<{ error: { message: string } }>("/api/ai/chat", {
          method: "POST",
          json: ask(newMarker(), { model: "anthropic:claude-haiku-5-5", ...extra }),
        });
        expect(res.status).toBe(400);
        expect(JSON.stringify(res.body)).toContain(message);
      }
    });
  });

  it("answers in one piece with stream: false, and errors with a fitting status", async () => {
    const ann = await signUp();
    const answered = await ann.json("/api/ai/chat", {
      method: "POST",
      json: ask(newMarker(), { model: "google:gemini-3.8-flash", stream: false }),
    });
    expect(answered).toMatchObject({
      status: 200,
      body: {
        text: "Hello, world",
        model: "google:gemini-3.8-flash",
        usage: { inputTokens: 21, outputTokens: 7, costUsd: expect.any(Number) },
      },
    });

    const unknown = await ann.json("/api/ai/chat", {
      method: "POST",
      json: ask(newMarker(), { model: "google:gemini-imaginary", stream: false }),
    });
    expect(unknown).toMatchObject({
      status: 404,
      body: { error: { code: "not_found", details: { aiCode: "model_not_found" } } },
    });

    const marker = newMarker();
    await queueBehaviours("anthropic", marker, { kind: "fail", failure: "invalidKey" });
    const rejected = await ann.json("/api/ai/chat", {
      method: "POST",
      json: ask(marker, { model: "anthropic:claude-haiku-5-5", stream: false }),
    });
    expect(rejected).toMatchObject({ status: 502, body: { error: { details: { aiCode: "invalid_key" } } } });

    // Only the answer was billed, and its usage is recorded though the answer did not wait for it.
    const usage = await ann.json<AiUsageReport>("/api/ai/usage");
    expect(usage.body.today).toMatchObject({ requests: 1, byModel: [{ model: "google:gemini-3.8-flash" }] });
  });
});
