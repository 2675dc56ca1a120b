import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnthropicAdapter } from "./createAnthropicAdapter.ts";
import { collect } from "./test/collect.ts";
import { describeAdapterContract, request } from "./test/describeAdapterContract.ts";
import { startAnthropicFake } from "./test/startAnthropicFake.ts";
import type { FakeServer } from "./test/startFakeServer.ts";

const subject = {
  start: () => startAnthropicFake(),
  adapter: (fake: FakeServer, apiKey = "test-anthropic-key") =>
    createAnthropicAdapter({ id: "anthropic", apiKey, baseUrl: fake.baseUrl, keySource: "env" }),
  model: "claude-haiku-5-5",
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
});
