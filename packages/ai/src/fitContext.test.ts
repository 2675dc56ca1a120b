import { describe, expect, it } from "vitest";
import type { ChatMessage } from "./ChatMessage.ts";
import type { ContextInput } from "./ContextInput.ts";
import { fitContext } from "./fitContext.ts";
import type { Summarize } from "./Summarize.ts";

const words = (n: number, word = "lorem") => Array.from({ length: n }, () => word).join(" ");

function recordingSummarizer(text = "They discussed the parser.") {
  const calls: (readonly ChatMessage[])[] = [];
  const summarize: Summarize = async (turns) => {
    calls.push(turns);
    return { ok: true, text };
  };
  return { calls, summarize };
}

const conversation = (turns: number, size: number): ChatMessage[] => [
  ...Array.from({ length: turns }, (_, i): ChatMessage => ({
    role: i % 2 === 0 ? "user" : "assistant",
    content: `turn ${i} ${words(size)}`,
  })),
  { role: "user", content: "How do I fix parseToken?" },
];

const base: ContextInput = {
  instructions: "You are a coding assistant.",
  conversation: conversation(4, 20),
  currentFile: { path: "src/app.ts", text: "export const app = 1;\n", selection: "app" },
  pinnedFiles: [{ path: "docs/notes.md", text: words(200, "note") }],
  projectFiles: [
    { path: "src/auth/parseToken.ts", text: "export function parseToken(raw: string) { return raw; }\n" },
    { path: "src/other.ts", text: "export const unrelated = 2;\n" },
  ],
};

describe("fitContext", () => {
  it("keeps everything, and adds relevant project files, when the window is large", async () => {
    const { calls, summarize } = recordingSummarizer();
    const result = await fitContext(base, { contextWindow: 100_000, maxOutputTokens: 4_000, summarize });
    expect(result).toMatchObject({
      ok: true,
      includedFiles: ["docs/notes.md", "src/auth/parseToken.ts"],
      droppedFiles: [],
      summarizedTurns: 0,
    });
    if (!result.ok) return;
    expect(result.messages).toEqual(base.conversation);
    expect(result.system).toContain('<current_file path="src/app.ts">');
    expect(result.system).toContain('<selection path="src/app.ts">\napp\n</selection>');
    expect(calls).toHaveLength(0);
  });

  it("drops pinned and retrieved files before touching the conversation", async () => {
    const { calls, summarize } = recordingSummarizer();
    // Room for the conversation (~200 tokens) but not for the 200-word pinned note.
    const result = await fitContext(base, { contextWindow: 1_000, maxOutputTokens: 500, summarize });
    expect(result).toMatchObject({ ok: true, droppedFiles: ["docs/notes.md"], summarizedTurns: 0 });
    if (!result.ok) return;
    expect(result.messages).toEqual(base.conversation);
    expect(result.tokens).toBeLessThanOrEqual(result.budget);
    expect(calls).toHaveLength(0);
  });

  it("summarises older turns through the injected summariser when the conversation alone is over budget", async () => {
    const { calls, summarize } = recordingSummarizer();
    const long = { ...base, conversation: conversation(20, 60) };
    const result = await fitContext(long, { contextWindow: 2_000, maxOutputTokens: 500, summarize });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summarizedTurns).toBeGreaterThan(0);
    expect(calls).toEqual([long.conversation.slice(0, result.summarizedTurns)]);
    expect(result.system).toContain(
      "<earlier_conversation_summary>\nThey discussed the parser.\n</earlier_conversation_summary>",
    );
    expect(result.messages[0]?.role).toBe("user");
    expect(result.messages.at(-1)).toEqual({ role: "user", content: "How do I fix parseToken?" });
    expect(result.droppedFiles).toEqual(["docs/notes.md"]);
    expect(result.tokens).toBeLessThanOrEqual(result.budget);
  });

  it("leaves older turns out, saying so, when summarising fails", async () => {
    const failing: Summarize = async () => ({ ok: false, failure: { code: "rate_limited", message: "busy" } });
    const result = await fitContext(
      { ...base, conversation: conversation(20, 60) },
      { contextWindow: 2_000, maxOutputTokens: 500, summarize: failing },
    );
    expect(result.ok && result.system).toMatch(
      /\(\d+ earlier messages were left out to fit the model's context window\.\)/,
    );
  });

  it("shrinks the current file to its selection when the file alone is too big", async () => {
    const { summarize } = recordingSummarizer();
    const input = {
      ...base,
      currentFile: { path: "src/big.ts", text: words(5_000, "code"), selection: "const x = 1;" },
    };
    const result = await fitContext(input, { contextWindow: 2_000, maxOutputTokens: 500, summarize });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.system).not.toContain("<current_file");
    expect(result.system).toContain("const x = 1;");
  });

  it("fails with a clear message when the user's message alone does not fit", async () => {
    const { summarize } = recordingSummarizer();
    const input: ContextInput = { conversation: [{ role: "user", content: words(5_000) }] };
    const result = await fitContext(input, { contextWindow: 2_000, maxOutputTokens: 500, summarize });
    expect(result).toMatchObject({
      ok: false,
      failure: { code: "context_too_long", message: expect.stringContaining("shorten the message") },
    });
  });
});
