import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  appendMessage,
  appendToMessage,
  clearThread,
  finishMessage,
  MessageStatus,
  readThread,
  THREAD_LIMIT,
  threadOf,
} from "./aiThread.ts";

const ann = { id: "u-ann", name: "Ann" };

function connect(a: Y.Doc, b: Y.Doc) {
  a.on("update", (update: Uint8Array) => Y.applyUpdate(b, update, "remote"));
  b.on("update", (update: Uint8Array) => Y.applyUpdate(a, update, "remote"));
}

describe("the AI thread (SPEC.md)", () => {
  it("D9: keeps messages in order with their author, attachments and time", () => {
    const doc = new Y.Doc();
    appendMessage(doc, { role: "user", author: ann, content: "Why?", attachments: ["src/a.ts"] });
    appendMessage(doc, { role: "assistant", author: ann });
    const [question, answer] = readThread(doc);
    expect(question).toMatchObject({
      role: "user",
      content: "Why?",
      author: ann,
      status: "done",
      attachments: ["src/a.ts"],
    });
    expect(question?.createdAt).toBeGreaterThan(0);
    expect(answer).toMatchObject({ role: "assistant", content: "", status: "streaming", attachments: [] });
  });

  it("D9: skips entries it does not understand", () => {
    const doc = new Y.Doc();
    threadOf(doc).push([new Y.Map<unknown>([["kind", "from the future"]])]);
    appendMessage(doc, { role: "user", author: ann, content: "hi" });
    expect(readThread(doc).map((m) => m.content)).toEqual(["hi"]);
  });

  it("D10: shows a collaborator the answer as it streams, then how it ended", () => {
    const [mine, theirs] = [new Y.Doc(), new Y.Doc()];
    connect(mine, theirs);
    const id = appendMessage(mine, { role: "assistant", author: ann });
    appendToMessage(mine, id, "Hello");
    expect(readThread(theirs)[0]).toMatchObject({ content: "Hello", status: "streaming" });
    appendToMessage(mine, id, ", world");
    const usage = { inputTokens: 21, outputTokens: 7, costUsd: null };
    finishMessage(mine, id, { status: MessageStatus.Done, model: "local:llama3.2", usage });
    expect(readThread(theirs)[0]).toMatchObject({
      content: "Hello, world",
      status: "done",
      model: "local:llama3.2",
      usage,
    });
  });

  it("D10: keeps the text so far of a stopped answer and the reason of a failed one", () => {
    const doc = new Y.Doc();
    const stopped = appendMessage(doc, { role: "assistant", author: ann });
    appendToMessage(doc, stopped, "Half an");
    finishMessage(doc, stopped, { status: MessageStatus.Stopped });
    const failed = appendMessage(doc, { role: "assistant", author: ann });
    finishMessage(doc, failed, { status: MessageStatus.Failed, error: "Rate limit: 20 requests a minute" });
    expect(readThread(doc).map(({ content, status, error }) => ({ content, status, error }))).toEqual([
      { content: "Half an", status: "stopped", error: undefined },
      { content: "", status: "failed", error: "Rate limit: 20 requests a minute" },
    ]);
  });

  it("D11: drops the oldest messages beyond the limit", () => {
    const doc = new Y.Doc();
    for (let i = 0; i < 7; i++) appendMessage(doc, { role: "user", author: ann, content: `q${i}` }, 5);
    expect(readThread(doc).map((m) => m.content)).toEqual(["q2", "q3", "q4", "q5", "q6"]);
    expect(THREAD_LIMIT).toBe(200);
  });

  it("D11: stops writing an answer whose message is gone, without recreating it", () => {
    const doc = new Y.Doc();
    const id = appendMessage(doc, { role: "assistant", author: ann });
    clearThread(doc);
    expect(appendToMessage(doc, id, "late")).toBe(false);
    expect(finishMessage(doc, id, { status: MessageStatus.Done })).toBe(false);
    expect(readThread(doc)).toEqual([]);
  });

  it("D12: clears the thread for everyone", () => {
    const [mine, theirs] = [new Y.Doc(), new Y.Doc()];
    connect(mine, theirs);
    appendMessage(mine, { role: "user", author: ann, content: "one" });
    appendMessage(theirs, { role: "user", author: { id: null, name: "Visitor" }, content: "two" });
    clearThread(theirs);
    expect(readThread(mine)).toEqual([]);
  });
});
