import { ApiError } from "@google/genai";
import { describe, expect, it } from "vitest";
import { classifyGoogleError } from "./classifyGoogleError.ts";
import type { ProviderConfig } from "./ProviderConfig.ts";

const provider: ProviderConfig = { id: "google", apiKey: "k", baseUrl: "http://x", keySource: "env" };
const apiError = (status: number, error: Record<string, unknown>, prefix = "") =>
  new ApiError({ status, message: prefix + JSON.stringify({ error: { code: status, message: "m", ...error } }) });

describe("classifyGoogleError", () => {
  it("reads the rpc status of the body", () => {
    expect(classifyGoogleError(apiError(429, { status: "RESOURCE_EXHAUSTED" }), provider, "m").code).toBe(
      "rate_limited",
    );
    expect(classifyGoogleError(apiError(503, { status: "UNAVAILABLE" }), provider, "m").code).toBe("overloaded");
    expect(classifyGoogleError(apiError(500, { status: "INTERNAL" }), provider, "m").code).toBe("server_error");
  });

  it("reads a bad key from its ErrorInfo reason, though Google sends it as a 400", () => {
    const badKey = apiError(400, {
      status: "INVALID_ARGUMENT",
      details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "API_KEY_INVALID" }],
    });
    expect(classifyGoogleError(badKey, provider, "m")).toMatchObject({
      code: "invalid_key",
      message: expect.stringContaining("fix its Google key"),
    });
    expect(classifyGoogleError(apiError(400, { status: "INVALID_ARGUMENT" }), provider, "m").code).toBe(
      "invalid_request",
    );
  });

  it("reads errors sent inside the stream, after the SDK's prefix", () => {
    expect(
      classifyGoogleError(apiError(503, { status: "UNAVAILABLE" }, "got status: UNAVAILABLE. "), provider, "m").code,
    ).toBe("overloaded");
  });

  it("falls back to the HTTP status when the body is not JSON", () => {
    expect(classifyGoogleError(new ApiError({ status: 502, message: "Bad Gateway" }), provider, "m").code).toBe(
      "server_error",
    );
  });

  it("reads an abort and a network failure", () => {
    expect(classifyGoogleError(new DOMException("aborted", "AbortError"), provider, "m").code).toBe("aborted");
    expect(classifyGoogleError(new TypeError("fetch failed"), provider, "m").code).toBe("connection_failed");
  });
});
