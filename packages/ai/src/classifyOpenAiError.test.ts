import { APIConnectionError, APIError } from "openai";
import { describe, expect, it } from "vitest";
import { classifyOpenAiError } from "./classifyOpenAiError.ts";
import type { ProviderConfig } from "./ProviderConfig.ts";

const provider: ProviderConfig = { id: "openai", apiKey: "k", baseUrl: "http://x/v1", keySource: "env" };
const httpError = (status: number, code: string | null, type: string) =>
  APIError.generate(status, { error: { message: "m", type, param: null, code } }, undefined, new Headers());

describe("classifyOpenAiError", () => {
  it("tells a rate limit from an exhausted quota by the error code", () => {
    expect(classifyOpenAiError(httpError(429, "rate_limit_exceeded", "requests"), provider, "m").code).toBe(
      "rate_limited",
    );
    expect(classifyOpenAiError(httpError(429, "insufficient_quota", "insufficient_quota"), provider, "m").code).toBe(
      "billing",
    );
  });

  it("reads a bad key and an invalid request, quoting the vendor's explanation for the latter", () => {
    expect(classifyOpenAiError(httpError(401, "invalid_api_key", "invalid_request_error"), provider, "m").code).toBe(
      "invalid_key",
    );
    const invalid = APIError.generate(
      400,
      {
        error: {
          message: "Unsupported parameter: 'max_tokens'",
          type: "invalid_request_error",
          param: "max_tokens",
          code: null,
        },
      },
      undefined,
      new Headers(),
    );
    expect(classifyOpenAiError(invalid, provider, "gpt-5.5")).toEqual({
      code: "invalid_request",
      message:
        "OpenAI rejected the request to openai:gpt-5.5 as invalid (HTTP 400): Unsupported parameter: 'max_tokens'",
    });
  });

  it("reads the prompt being too long from its code", () => {
    expect(
      classifyOpenAiError(httpError(400, "context_length_exceeded", "invalid_request_error"), provider, "m").code,
    ).toBe("context_too_long");
  });

  it("reads an error sent inside the stream by its type", () => {
    const inStream = new APIError(undefined, { message: "m", type: "server_error" }, undefined, new Headers());
    expect(classifyOpenAiError(inStream, provider, "m").code).toBe("server_error");
  });

  it("says to start the local server when it cannot be reached", () => {
    const local: ProviderConfig = { ...provider, id: "local" };
    expect(classifyOpenAiError(new APIConnectionError({ message: "fetch failed" }), local, "m")).toEqual({
      code: "connection_failed",
      message: "Could not reach the platform's local model server: ask the platform's admin whether it is running",
    });
  });
});
