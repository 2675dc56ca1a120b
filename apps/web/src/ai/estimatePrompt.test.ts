import { estimateTokens } from "@wove/ai/estimateTokens";
import { describe, expect, it } from "vitest";
import { estimatePrompt } from "./estimatePrompt.ts";

describe("estimatePrompt", () => {
  it("counts every message (with a little for its role) and every attached text", () => {
    const messages = [
      { role: "user" as const, content: "What does this do?" },
      { role: "assistant" as const, content: "It greets." },
    ];
    const file = "export const greeting = 'hello';\n";
    expect(estimatePrompt({ messages }, [file])).toBe(
      estimateTokens("What does this do?") + estimateTokens("It greets.") + 8 + estimateTokens(file),
    );
    expect(estimatePrompt({ messages: [] }, [])).toBe(0);
  });
});
