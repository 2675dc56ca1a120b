import { describe, expect, it } from "vitest";
import { classifyStatus } from "./classifyStatus.ts";

describe("classifyStatus", () => {
  it.each([
    [400, "invalid_request"],
    [401, "invalid_key"],
    [402, "billing"],
    [403, "permission_denied"],
    [404, "model_not_found"],
    [408, "timeout"],
    [422, "invalid_request"],
    [429, "rate_limited"],
    [500, "server_error"],
    [502, "server_error"],
    [503, "overloaded"],
    [504, "timeout"],
    [529, "overloaded"],
  ])("reads %i as %s", (status, code) => {
    expect(classifyStatus(status)).toBe(code);
  });
});
