import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnthropicAdapter } from "./createAnthropicAdapter.ts";
import { collect } from "./test/collect.ts";
import { describeAdapterContract, request } from "./test/describeAdapterContract.ts";
import { startAnthropicFake } from "./test/startAnthropicFake.ts";
import { toolRequest, toolResultRequest } from "./test/toolFixtures.ts";
import type { FakeServer } from "./test/startFakeServer.ts";

const subject = {
  start: () => startAnthropicFake(),
  adapter: (fake: FakeServer, apiKey = "test-anthropic-key") =>
    createAnthropicAdapter({ id: "anthropic", apiKey, baseUrl: fake.baseUrl, keySource: "env" }),
  model: "claude-haiku-5-5",
  argumentsAsText: true,
  makesCallIds: false,
};

describeAdapterContract("Anthropic", subject);

describe("createAnthropicAdapter", () => {
  let fake: FakeServer;
  beforeAll(async () => (fake = await subject.start()));
  afterAll(() => fake.close());

  it("sends the system prompt apart from the messages, as the Messages API wants", async () => {
    await collect(subject.adapter(fake).stream(request("claude-haiku-5-5"), new AbortController().signal));
    expect(fake.requests[0]?.body).toMatchObject({
      model: "claude-haiku-5-5",
      max_tokens: 256,
      stream: true,
      system: "You are terse.",
      messages: [
        { role: "user", content: "Say hello" },
        { role: "assistant", content: "Hi." },
        { role: "user", content: "Again, to the world" },
      ],
    });
  });

  it("sends tools with input_schema and maps each tool choice to its type", async () => {
    const adapter = subject.adapter(fake);
    for (const [toolChoice, type] of [
      ["auto", "auto"],
      ["required", "any"],
      ["none", "none"],
    ] as const) {
      await collect(adapter.stream({ ...toolRequest(subject.model), toolChoice }, new AbortController().signal));
      expect(fake.requests.at(-1)?.body).toMatchObject({
        tools: [
          {
            name: "read_file",
            description: "Read a file of the project",
            input_schema: { type: "object", required: ["path"], additionalProperties: false },
          },
          { name: "run_build", description: "Build the project", input_schema: { type: "object", properties: {} } },
        ],
        tool_choice: { type },
      });
    }
    await collect(adapter.stream(request(subject.model), new AbortController().signal));
    expect(fake.requests.at(-1)?.body).not.toHaveProperty("tools");
  });

  it("sends tool calls as tool_use blocks and all their results in one user turn of tool_result blocks", async () => {
    await collect(subject.adapter(fake).stream(toolResultRequest(subject.model), new AbortController().signal));
    expect(fake.requests.at(-1)?.body.messages).toEqual([
      { role: "user", content: "Fix the build" },
      {
        role: "assistant",
        content: [
          { type: "text", text: "Reading it first." },
          { type: "tool_use", id: "call_read", name: "read_file", input: { path: "src/app.ts" } },
          { type: "tool_use", id: "call_build", name: "run_build", input: {} },
        ],
      },
      {
        role: "user",
        content: [
          { type: "tool_result", tool_use_id: "call_read", content: "export const app = 1;" },
          { type: "tool_result", tool_use_id: "call_build", content: "1 error in src/app.ts", is_error: true },
        ],
      },
    ]);
    expect(fake.problems).toEqual([]);
  });
});
