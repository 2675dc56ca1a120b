import { describe, expect, it } from "vitest";
import { ApiErrorCode, codeForStatus, readApiError } from "./apiError.ts";

describe("readApiError", () => {
  it("reads a well-formed error body", () => {
    const body = { error: { code: "not_found", message: "No such project", details: { id: "x" } } };
    expect(readApiError(body)).toEqual({ code: "not_found", message: "No such project", details: { id: "x" } });
  });

  it("rejects bodies that are not the API error shape", () => {
    expect(readApiError(null)).toBeUndefined();
    expect(readApiError({ error: "boom" })).toBeUndefined();
    expect(readApiError({ error: { code: "made_up", message: "x" } })).toBeUndefined();
    expect(readApiError({ error: { code: "not_found" } })).toBeUndefined();
  });
});

describe("codeForStatus", () => {
  it("maps the statuses the API answers to their stable codes", () => {
    expect(codeForStatus(404)).toBe(ApiErrorCode.NotFound);
    expect(codeForStatus(413)).toBe(ApiErrorCode.PayloadTooLarge);
    expect(codeForStatus(429)).toBe(ApiErrorCode.RateLimited);
    expect(codeForStatus(418)).toBe(ApiErrorCode.Internal);
  });
});
