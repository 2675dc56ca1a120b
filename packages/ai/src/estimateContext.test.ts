import { describe, expect, it } from "vitest";
import { estimateContext } from "./estimateContext.ts";

describe("estimateContext", () => {
  const input = {
    instructions: "Be brief.",
    conversation: [{ role: "user" as const, content: "Explain this file" }],
    currentFile: { path: "a.ts", text: "export const a = 1;\n" },
    pinnedFiles: [{ path: "b.md", text: "notes ".repeat(100) }],
  };

  it("estimates each part and the total, for the UI to show before sending", () => {
    const estimate = estimateContext(input, { contextWindow: 200_000, maxOutputTokens: 8_000 });
    expect(estimate.total).toBe(
      estimate.instructions + estimate.currentFile + estimate.conversation + estimate.pinnedFiles,
    );
    expect(estimate.pinnedFiles).toBeGreaterThan(estimate.currentFile);
    expect(estimate.budget).toBe(172_000);
    expect(estimate.fits).toBe(true);
  });

  it("says when the request will not fit as given", () => {
    expect(estimateContext(input, { contextWindow: 600, maxOutputTokens: 500 }).fits).toBe(false);
  });

  it("counts the arguments of the assistant's tool calls, which are sent too", () => {
    const window = { contextWindow: 200_000, maxOutputTokens: 8_000 };
    const text = "export const a = 1;\n".repeat(50);
    const called = (args: unknown) =>
      estimateContext(
        {
          conversation: [
            { role: "user", content: "Write a.ts" },
            { role: "assistant", content: "", toolCalls: [{ id: "c1", name: "write_file", arguments: args }] },
            { role: "tool", toolCallId: "c1", name: "write_file", content: "written" },
          ],
        },
        window,
      ).conversation;
    expect(called({ path: "a.ts", text }) - called({})).toBeGreaterThan(200);
  });
});
