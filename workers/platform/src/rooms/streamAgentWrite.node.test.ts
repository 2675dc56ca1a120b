import { findFile, readText, revertChanges, textOf } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type AgentStream, streamAgentWrite } from "./streamAgentWrite.ts";

const origin = { author: "agent:run-1" };

function streamAll(doc: Y.Doc, path: string, prefixes: string[]) {
  let stream: AgentStream | undefined;
  const records = [];
  for (const text of prefixes) {
    const step = streamAgentWrite(doc, stream, path, text, origin);
    if (!step.ok) throw new Error(step.reason);
    stream = step.stream;
    if (step.record) records.push(step.record);
  }
  return { stream: stream!, records };
}

describe("streamAgentWrite", () => {
  it("creates the file with the first piece and appends each new one", () => {
    const doc = new Y.Doc();
    const { stream } = streamAll(doc, "notes.md", ["# No", "# Notes\n", "# Notes\n- one\n"]);
    expect(readText(doc, stream.fileId)).toBe("# Notes\n- one\n");
    expect(stream.written).toBe("# Notes\n- one\n".length);
  });

  it("keeps a person's typing, before or right after the agent's text, and the agent's text in one piece", () => {
    const doc = new Y.Doc();
    const { stream } = streamAll(doc, "a.txt", ["hello"]);
    const ytext = textOf(doc, stream.fileId)!;
    ytext.insert(5, "[person after]");
    ytext.insert(0, "[person before]");
    const step = streamAgentWrite(doc, stream, "a.txt", "hello world", origin);
    expect(step.ok).toBe(true);
    expect(ytext.toString()).toBe("[person before]hello world[person after]");
  });

  it("lets undo take exactly the streamed characters back", () => {
    const doc = new Y.Doc();
    const { stream, records } = streamAll(doc, "a.txt", ["one ", "one two ", "one two three"]);
    const ytext = textOf(doc, stream.fileId)!;
    ytext.insert(4, "(mine) ");
    revertChanges(doc, records, { author: "undo" });
    expect(readText(doc, findFile(doc, "a.txt")!)).toBe("(mine) ");
  });

  it("does not stream into a file that exists, nor into one deleted meanwhile", () => {
    const doc = new Y.Doc();
    const first = streamAgentWrite(doc, undefined, "a.txt", "x", origin);
    expect(first.ok).toBe(true);
    expect(streamAgentWrite(doc, undefined, "a.txt", "y", origin)).toEqual({ ok: false, reason: "exists" });
    if (!first.ok) return;
    doc.getMap("files").delete(first.stream.fileId);
    expect(streamAgentWrite(doc, first.stream, "a.txt", "xy", origin)).toEqual({ ok: false, reason: "gone" });
  });

  it("holds back half a surrogate pair until its other half arrives, and refuses a path D3 refuses", () => {
    const doc = new Y.Doc();
    const smile = "😀";
    const { stream } = streamAll(doc, "a.txt", [`hi ${smile[0]}`, `hi ${smile}`]);
    expect(readText(doc, stream.fileId)).toBe(`hi ${smile}`);
    expect(streamAgentWrite(doc, undefined, "../escape.txt", "x", origin).ok).toBe(false);
  });
});
