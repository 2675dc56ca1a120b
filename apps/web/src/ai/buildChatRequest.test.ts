import type { ThreadMessage } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import { attachmentLabels, buildChatRequest } from "./buildChatRequest.ts";

const ann = { id: "u1", name: "Ann" };
const message = (role: ThreadMessage["role"], content: string, status: ThreadMessage["status"] = "done") =>
  ({ id: content, role, content, status, author: ann, createdAt: 1, attachments: [] }) satisfies ThreadMessage;

const none = { currentFile: null, pinned: [] };

describe("buildChatRequest", () => {
  it("sends the finished turns, then the question, with the chosen model", () => {
    const history = [
      message("user", "What is this?"),
      message("assistant", "A greeting."),
      message("user", "And this?"),
      message("assistant", "", "failed"),
      message("assistant", "Half an", "stopped"),
    ];
    expect(
      buildChatRequest({ history, question: "Shorter?", model: "auto", projectId: "p1", attachments: none }),
    ).toEqual({
      messages: [
        { role: "user", content: "What is this?" },
        { role: "assistant", content: "A greeting." },
        { role: "user", content: "And this?" },
        { role: "assistant", content: "Half an" },
        { role: "user", content: "Shorter?" },
      ],
      model: "auto",
      task: "chat",
      projectId: "p1",
    });
  });

  it("merges two questions in a row and never starts with an answer", () => {
    const history = [
      message("assistant", "Hello"),
      message("user", "Bea asks"),
      message("assistant", "x", "streaming"),
    ];
    expect(buildChatRequest({ history, question: "Ann asks", model: "auto", attachments: none }).messages).toEqual([
      { role: "user", content: "Bea asks\n\nAnn asks" },
    ]);
  });

  it("carries the current file, its selection and the pinned files, and labels them for the thread", () => {
    const attachments = {
      currentFile: { path: "src/a.ts", selection: { text: "const a = 1;", label: "lines 3–4" } },
      pinned: ["src/b.ts", "src/a.ts"],
    };
    const request = buildChatRequest({ history: [], question: "Fix it", model: "local:llama3.2", attachments });
    expect(request).toMatchObject({
      task: "edit",
      files: ["src/b.ts", "src/a.ts"],
      currentFile: { path: "src/a.ts", selection: "const a = 1;" },
    });
    expect(attachmentLabels(attachments)).toEqual(["src/a.ts (lines 3–4)", "src/b.ts"]);
  });
});
