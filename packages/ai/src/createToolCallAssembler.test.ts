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
    expect(calls.take(0)).toEqual([]);
    expect(calls.take(2)).toMatchObject([{ id: "toolu_1", arguments: { q: "x" } }]);
    expect(calls.take(2)).toEqual([]);
  });

  it("names a call without an id by its index", () => {
    const calls = createToolCallAssembler();
    calls.add(3, { name: "finish" });
    expect(calls.take(3)).toEqual([{ type: "tool_call", id: "call_3", name: "finish", arguments: {} }]);
  });

  it("returns no delta unless asked to stream arguments", () => {
    const calls = createToolCallAssembler();
    expect(calls.add(0, { id: "a", name: "read_file", json: '{"path":' })).toEqual([]);
    expect(calls.add(0, { json: '"x.ts"}' })).toEqual([]);
    expect(calls.take(0)).toEqual([{ type: "tool_call", id: "a", name: "read_file", arguments: { path: "x.ts" } }]);
  });

  it("when asked, returns each fragment with text as a delta, numbering calls by the order they start", () => {
    const calls = createToolCallAssembler({ streamArguments: true });
    // Anthropic's block indexes count the text block too: the first call is block 1.
    expect(calls.add(1, { id: "toolu_a", name: "write_file" })).toEqual([]);
    expect(calls.add(1, { json: "" })).toEqual([]);
    expect(calls.add(1, { json: '{"path":"a.ts",' })).toEqual([
      { type: "tool_call_delta", index: 0, id: "toolu_a", name: "write_file", json: '{"path":"a.ts",' },
    ]);
    expect(calls.add(1, { json: '"content":"x"}' })).toEqual([
      { type: "tool_call_delta", index: 0, id: "toolu_a", name: "write_file", json: '"content":"x"}' },
    ]);
    expect(calls.take(1)).toEqual([
      { type: "tool_call", id: "toolu_a", name: "write_file", arguments: { path: "a.ts", content: "x" } },
    ]);
    calls.add(2, { id: "toolu_b", name: "read_file", json: "{}" });
    expect(calls.take(2)).toEqual([{ type: "tool_call", id: "toolu_b", name: "read_file", arguments: {} }]);
    expect(calls.add(3, { name: "run_build", json: "{" })).toEqual([
      { type: "tool_call_delta", index: 2, id: "call_3", name: "run_build", json: "{" },
    ]);
  });

  it("when asked, sends a {} delta before a call that streamed no arguments, so joined deltas always parse", () => {
    const calls = createToolCallAssembler({ streamArguments: true });
    calls.add(0, { id: "a", name: "run_build", json: "" });
    expect(calls.takeAll()).toEqual([
      { type: "tool_call_delta", index: 0, id: "a", name: "run_build", json: "{}" },
      { type: "tool_call", id: "a", name: "run_build", arguments: {} },
    ]);
  });
});
