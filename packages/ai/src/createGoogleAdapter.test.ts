import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGoogleAdapter } from "./createGoogleAdapter.ts";
import { collect } from "./test/collect.ts";
import { describeAdapterContract, request } from "./test/describeAdapterContract.ts";
import type { FakeServer } from "./test/startFakeServer.ts";
import { startGoogleFake, thoughtSignature } from "./test/startGoogleFake.ts";
import { readCall, toolRequest, toolResultRequest } from "./test/toolFixtures.ts";

const subject = {
  start: () => startGoogleFake(),
  adapter: (fake: FakeServer, apiKey = "test-google-key") =>
    createGoogleAdapter({ id: "google", apiKey, baseUrl: fake.baseUrl, keySource: "env" }),
  model: "gemini-3.8-flash",
  argumentsAsText: false,
  makesCallIds: true,
  firstCallSignature: thoughtSignature,
};

describeAdapterContract("Google", subject);

describe("createGoogleAdapter", () => {
  let fake: FakeServer;
  beforeAll(async () => (fake = await subject.start()));
  afterAll(() => fake.close());

  it("sends turns as user/model contents and the system prompt as systemInstruction", async () => {
    await collect(subject.adapter(fake).stream(request("gemini-3.8-flash"), new AbortController().signal));
    expect(fake.requests[0]?.url).toMatch(/^\/v1(beta)?\/models\/gemini-3.8-flash:streamGenerateContent\?alt=sse$/);
    expect(fake.requests[0]?.body).toMatchObject({
      contents: [
        { role: "user", parts: [{ text: "Say hello" }] },
        { role: "model", parts: [{ text: "Hi." }] },
        { role: "user", parts: [{ text: "Again, to the world" }] },
      ],
      systemInstruction: { parts: [{ text: "You are terse." }] },
      generationConfig: { maxOutputTokens: 256 },
    });
  });

  it("sends tools as functionDeclarations with their JSON Schema, and the tool choice as a calling mode", async () => {
    const adapter = subject.adapter(fake);
    for (const [toolChoice, mode] of [
      ["auto", "AUTO"],
      ["required", "ANY"],
      ["none", "NONE"],
    ] as const) {
      await collect(adapter.stream({ ...toolRequest(subject.model), toolChoice }, new AbortController().signal));
      expect(fake.requests.at(-1)?.body).toMatchObject({
        tools: [
          {
            functionDeclarations: [
              {
                name: "read_file",
                description: "Read a file of the project",
                parametersJsonSchema: { type: "object", required: ["path"], additionalProperties: false },
              },
              { name: "run_build", description: "Build the project", parametersJsonSchema: { type: "object" } },
            ],
          },
        ],
        toolConfig: { functionCallingConfig: { mode } },
      });
    }
    await collect(adapter.stream(request(subject.model), new AbortController().signal));
    expect(fake.requests.at(-1)?.body).not.toHaveProperty("tools");
  });

  it("sends tool calls as functionCall parts and their results as functionResponse parts of one user turn", async () => {
    const history = toolResultRequest(subject.model);
    const [user, assistant, ...results] = history.messages;
    const signed = {
      ...assistant!,
      toolCalls: [{ id: "call_1_0", name: "read_file", arguments: {}, signature: "sig" }],
    };
    await collect(
      subject
        .adapter(fake)
        .stream({ ...history, messages: [user!, signed, results[0]!] }, new AbortController().signal),
    );
    await collect(subject.adapter(fake).stream(history, new AbortController().signal));
    const [withSignature, plain] = fake.requests.slice(-2).map((r) => r.body.contents);
    expect(withSignature).toContainEqual({
      role: "model",
      parts: [
        { text: "Reading it first." },
        { functionCall: { name: "read_file", args: {} }, thoughtSignature: "sig" },
      ],
    });
    expect(plain).toEqual([
      { role: "user", parts: [{ text: "Fix the build" }] },
      {
        role: "model",
        parts: [
          { text: "Reading it first." },
          { functionCall: { name: "read_file", args: { path: "src/app.ts" } } },
          { functionCall: { name: "run_build", args: {} } },
        ],
      },
      {
        role: "user",
        parts: [
          { functionResponse: { name: "read_file", response: { content: "export const app = 1;" } } },
          { functionResponse: { name: "run_build", response: { error: "1 error in src/app.ts" } } },
        ],
      },
    ]);
    expect(fake.problems).toEqual([]);
  });

  it("numbers made-up call ids by the assistant turns before, so no two calls of a conversation share one", async () => {
    fake.next({ kind: "answer", chunks: [], toolCalls: [readCall] });
    const events = await collect(
      subject.adapter(fake).stream(toolResultRequest(subject.model), new AbortController().signal),
    );
    expect(events[0]).toMatchObject({ type: "tool_call", id: "call_1_0", signature: thoughtSignature });
  });
});
