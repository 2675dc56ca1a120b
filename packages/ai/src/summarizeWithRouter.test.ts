import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AiConfig } from "./AiConfig.ts";
import { createAdapters } from "./createAdapters.ts";
import { summarizeWithRouter } from "./summarizeWithRouter.ts";
import { startGoogleFake } from "./test/startGoogleFake.ts";
import type { FakeServer } from "./test/startFakeServer.ts";

let google: FakeServer;
beforeAll(async () => (google = await startGoogleFake()));
afterAll(() => google.close());

describe("summarizeWithRouter", () => {
  it("asks the fast summarize route for a summary of the turns", async () => {
    const config: AiConfig = {
      providers: { google: { id: "google", apiKey: "test-google-key", baseUrl: google.baseUrl, keySource: "env" } },
    };
    const summarize = summarizeWithRouter({ config, adapters: createAdapters(config) });
    const result = await summarize([
      { role: "user", content: "Rename parseToken to readToken" },
      { role: "assistant", content: "Done in src/auth." },
    ]);
    expect(result).toEqual({ ok: true, text: "Hello, world" });
    expect(google.requests.at(-1)?.url).toContain("/models/gemini-3.8-flash:streamGenerateContent");
    expect(JSON.stringify(google.requests.at(-1)?.body)).toContain("user: Rename parseToken to readToken");
  });

  it("returns the router's failure instead of throwing", async () => {
    google.next({ kind: "fail", failure: "serverError" });
    const config: AiConfig = {
      providers: { google: { id: "google", apiKey: "test-google-key", baseUrl: google.baseUrl, keySource: "env" } },
    };
    const result = await summarizeWithRouter({ config, adapters: createAdapters(config) })([
      { role: "user", content: "x" },
    ]);
    expect(result).toMatchObject({ ok: false, failure: { code: "server_error" } });
  });
});
