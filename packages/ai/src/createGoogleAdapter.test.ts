import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGoogleAdapter } from "./createGoogleAdapter.ts";
import { collect } from "./test/collect.ts";
import { describeAdapterContract, request } from "./test/describeAdapterContract.ts";
import type { FakeServer } from "./test/startFakeServer.ts";
import { startGoogleFake } from "./test/startGoogleFake.ts";

const subject = {
  start: () => startGoogleFake(),
  adapter: (fake: FakeServer, apiKey = "test-google-key") =>
    createGoogleAdapter({ id: "google", apiKey, baseUrl: fake.baseUrl, keySource: "env" }),
  model: "gemini-3.8-flash",
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
});
