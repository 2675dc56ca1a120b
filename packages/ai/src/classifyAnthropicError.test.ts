import { APIConnectionTimeoutError, APIError } from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { classifyAnthropicError } from "./classifyAnthropicError.ts";
import type { ProviderConfig } from "./ProviderConfig.ts";

const provider: ProviderConfig = { id: "anthropic", apiKey: "k", baseUrl: "http://x", keySource: "env" };
const httpError = (status: number | undefined, type: string) =>
  APIError.generate(
    status,
    { type: "error", error: { type, message: "words that do not matter" } },
    undefined,
    new Headers(),
  );

describe("classifyAnthropicError", () => {
  it("reads the error type: overloaded, rate limited, bad key", () => {
    expect(classifyAnthropicError(httpError(529, "overloaded_error"), provider, "m").code).toBe("overloaded");
    expect(classifyAnthropicError(httpError(429, "rate_limit_error"), provider, "m").code).toBe("rate_limited");
    expect(classifyAnthropicError(httpError(401, "authentication_error"), provider, "m")).toEqual({
      code: "invalid_key",
      message:
        "Anthropic rejected the API key (HTTP 401): the key is invalid or revoked; ask the platform's admin to fix its Anthropic key, or add your own key in Settings",
    });
  });

  it("reads an overload sent inside the stream, which has no status", () => {
    const inStream = new APIError(
      undefined,
      { type: "error", error: { type: "overloaded_error" } },
      undefined,
      new Headers(),
    );
    expect(classifyAnthropicError(inStream, provider, "m").code).toBe("overloaded");
  });

  it("falls back to the status when the body has no known type", () => {
    expect(classifyAnthropicError(httpError(503, "something_new"), provider, "m").code).toBe("overloaded");
    expect(classifyAnthropicError(httpError(418, "something_new"), provider, "m").code).toBe("invalid_request");
  });

  it("tells a user with their own key to fix it in Settings", () => {
    const failure = classifyAnthropicError(
      httpError(401, "authentication_error"),
      { ...provider, keySource: "user" },
      "m",
    );
    expect(failure.message).toContain("update your Anthropic key in Settings");
  });

  it("treats an SDK timeout and a broken body as retryable transport failures", () => {
    expect(classifyAnthropicError(new APIConnectionTimeoutError(), provider, "m").code).toBe("timeout");
    expect(classifyAnthropicError(new SyntaxError("Unexpected end"), provider, "m").code).toBe("connection_failed");
  });
});
