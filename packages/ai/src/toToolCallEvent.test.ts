import { describe, expect, it } from "vitest";
import { toToolCallEvent } from "./toToolCallEvent.ts";

describe("toToolCallEvent", () => {
  it("parses the assembled argument text", () => {
    expect(toToolCallEvent("c1", "read_file", '{"path":"a.ts"}')).toEqual({
      type: "tool_call",
      id: "c1",
      name: "read_file",
      arguments: { path: "a.ts" },
    });
  });

  it("takes no argument text as no arguments", () => {
    expect(toToolCallEvent("c1", "run_build", " ").arguments).toEqual({});
  });

  it("keeps invalid JSON raw and marks it malformed, instead of throwing", () => {
    expect(toToolCallEvent("c1", "write_file", '{"path": "a.ts", "text": "x')).toEqual({
      type: "tool_call",
      id: "c1",
      name: "write_file",
      arguments: '{"path": "a.ts", "text": "x',
      malformed: true,
    });
  });
});
