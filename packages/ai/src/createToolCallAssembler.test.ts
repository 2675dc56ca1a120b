import { describe, expect, it } from "vitest";
import { createToolCallAssembler } from "./createToolCallAssembler.ts";

describe("createToolCallAssembler", () => {
  it("joins interleaved fragments per index and hands the calls over in index order", () => {
    const calls = createToolCallAssembler();
    calls.add(1, { id: "b", name: "run_build", json: "" });
    calls.add(0, { id: "a", name: "read_file", json: '{"pa' });
    calls.add(1, { json: "{}" });
    calls.add(0, { id: null, name: "read_file", json: 'th":"x.ts"}' });
    expect(calls.takeAll()).toEqual([
      { type: "tool_call", id: "a", name: "read_file", arguments: { path: "x.ts" } },
      { type: "tool_call", id: "b", name: "run_build", arguments: {} },
    ]);
    expect(calls.takeAll()).toEqual([]);
  });

  it("hands a call over once, and nothing for an index where no call streamed", () => {
    const calls = createToolCallAssembler();
    calls.add(2, { id: "toolu_1", name: "search", json: '{"q":"x"}' });
    expect(calls.take(0)).toBeUndefined();
    expect(calls.take(2)).toMatchObject({ id: "toolu_1", arguments: { q: "x" } });
    expect(calls.take(2)).toBeUndefined();
  });

  it("names a call without an id by its index", () => {
    const calls = createToolCallAssembler();
    calls.add(3, { name: "finish" });
    expect(calls.take(3)).toEqual({ type: "tool_call", id: "call_3", name: "finish", arguments: {} });
  });
});
