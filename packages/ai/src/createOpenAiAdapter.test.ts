import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenAiAdapter } from "./createOpenAiAdapter.ts";
import { collect } from "./test/collect.ts";
import { describeAdapterContract, request } from "./test/describeAdapterContract.ts";
import type { FakeServer } from "./test/startFakeServer.ts";
import { startOpenAiFake } from "./test/startOpenAiFake.ts";
import { toolRequest, toolResultRequest } from "./test/toolFixtures.ts";

const subject = {
  start: () => startOpenAiFake(),
  adapter: (fake: FakeServer, apiKey = "test-openai-key") =>
    createOpenAiAdapter({ id: "openai", apiKey, baseUrl: fake.baseUrl, keySource: "env" }),
  model: "gpt-5.4-mini",
  argumentsAsText: true,
  makesCallIds: false,
};

describeAdapterContract("OpenAI", subject);
// The same adapter, as an OpenAI-compatible local server's (Ollama, llama.cpp, vLLM).
describeAdapterContract("Local (OpenAI-compatible)", {
  ...subject,
  adapter: (fake: FakeServer, apiKey = "test-openai-key") =>
    createOpenAiAdapter({ id: "local", apiKey, baseUrl: fake.baseUrl, keySource: "env" }),
  model: "llama3.2:3b",
});

/** The same adapter as an OpenAI-compatible local server's: `max_tokens`, and no id on some calls. */
const localAdapter = (fake: FakeServer) =>
  createOpenAiAdapter({ id: "local", apiKey: "test-openai-key", baseUrl: fake.baseUrl, keySource: "env" });

describe("createOpenAiAdapter", () => {
  let fake: FakeServer;
  beforeAll(async () => (fake = await subject.start()));
  afterAll(() => fake.close());

  it("sends the system prompt as the first message and asks for usage in the stream", async () => {
    await collect(subject.adapter(fake).stream(request("gpt-5.4-mini"), new AbortController().signal));
    expect(fake.requests[0]?.body).toMatchObject({
      model: "gpt-5.4-mini",
      stream: true,
      stream_options: { include_usage: true },
      max_completion_tokens: 256,
      messages: [
        { role: "system", content: "You are terse." },
        { role: "user", content: "Say hello" },
        { role: "assistant", content: "Hi." },
        { role: "user", content: "Again, to the world" },
      ],
    });
  });

  it("talks to a local server by base URL, with max_tokens, which older servers understand", async () => {
    const local = localAdapter(fake);
    const events = await collect(local.stream(request("llama3.2:3b"), new AbortController().signal));
    expect(events.at(-1)).toEqual({ type: "done", inputTokens: 21, outputTokens: 7 });
    expect(fake.requests.at(-1)?.body).toMatchObject({ model: "llama3.2:3b", max_tokens: 256 });
  });

  it("sends tools as functions, with the tool choice in OpenAI's own words", async () => {
    const adapter = subject.adapter(fake);
    for (const toolChoice of ["auto", "required", "none"] as const) {
      await collect(adapter.stream({ ...toolRequest(subject.model), toolChoice }, new AbortController().signal));
      expect(fake.requests.at(-1)?.body).toMatchObject({
        tools: [
          {
            type: "function",
            function: {
              name: "read_file",
              description: "Read a file of the project",
              parameters: { type: "object", required: ["path"], additionalProperties: false },
            },
          },
          {
            type: "function",
            function: { name: "run_build", description: "Build the project", parameters: { type: "object" } },
          },
        ],
        tool_choice: toolChoice,
      });
    }
    await collect(adapter.stream(request(subject.model), new AbortController().signal));
    expect(fake.requests.at(-1)?.body).not.toHaveProperty("tools");
  });

  it("sends tool calls as the assistant's tool_calls and each result as a tool message, a failure marked", async () => {
    await collect(subject.adapter(fake).stream(toolResultRequest(subject.model), new AbortController().signal));
    expect(fake.requests.at(-1)?.body.messages).toEqual([
      { role: "system", content: "You build apps." },
      { role: "user", content: "Fix the build" },
      {
        role: "assistant",
        content: "Reading it first.",
        tool_calls: [
          { id: "call_read", type: "function", function: { name: "read_file", arguments: '{"path":"src/app.ts"}' } },
          { id: "call_build", type: "function", function: { name: "run_build", arguments: "{}" } },
        ],
      },
      { role: "tool", tool_call_id: "call_read", content: "export const app = 1;" },
      { role: "tool", tool_call_id: "call_build", content: "Error: 1 error in src/app.ts" },
    ]);
    expect(fake.problems).toEqual([]);
  });

  it("gives a call from a local server that sends no id, nor arguments, an id by its index and no arguments", async () => {
    const local = localAdapter(fake);
    fake.next({ kind: "answer", chunks: [], toolCalls: [{ id: "", name: "run_build", arguments: "" }] });
    const events = await collect(local.stream(toolRequest("llama3.2:3b"), new AbortController().signal));
    expect(events[0]).toEqual({ type: "tool_call", id: "call_0", name: "run_build", arguments: {} });
  });
});
