import { describe, expect, it } from "vitest";
import { SseParser } from "./SseParser.ts";

describe("SseParser", () => {
  it("answers each event's data once its blank line arrives, across chunk boundaries", () => {
    const parser = new SseParser();
    expect(parser.push('data: {"type":"delta",')).toEqual([]);
    expect(parser.push('"text":"Hi"}\n')).toEqual([]);
    expect(parser.push('\ndata: {"type":"done"}\n\n')).toEqual(['{"type":"delta","text":"Hi"}', '{"type":"done"}']);
  });

  it("joins data lines, skips comments and other fields, and accepts CRLF split between chunks", () => {
    const parser = new SseParser();
    expect(parser.push(": keep-alive\r\nevent: x\r\ndata:a\r\ndata: b\r")).toEqual([]);
    expect(parser.push("\n\r\n")).toEqual(["a\nb"]);
  });
});
