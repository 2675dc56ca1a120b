import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenAiAdapter } from "./createOpenAiAdapter.ts";
import { collect } from "./test/collect.ts";
import { describeAdapterContract, request } from "./test/describeAdapterContract.ts";
import type { FakeServer } from "./test/startFakeServer.ts";
import { startOpenAiFake } from "./test/startOpenAiFake.ts";

const subject = {
  start: () => startOpenAiFake(),
  adapter: (fake: FakeServer, apiKey = "test-openai-key") =>
    createOpenAiAdapter({ id: "openai", apiKey, baseUrl: fake.baseUrl, keySource: "env" }),
  model: "gpt-5.4-mini",
};

describeAdapterContract("OpenAI", subject);

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
    const local = createOpenAiAdapter({
      id: "local",
      apiKey: "test-openai-key",
      baseUrl: fake.baseUrl,
      keySource: "env",
    });
    const events = await collect(local.stream(request("llama3.2:3b"), new AbortController().signal));
    expect(events.at(-1)).toEqual({ type: "done", inputTokens: 21, outputTokens: 7 });
    expect(fake.requests.at(-1)?.body).toMatchObject({ model: "llama3.2:3b", max_tokens: 256 });
  });
});
