import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AiConfig } from "./AiConfig.ts";
import type { AiUsage } from "./AiUsage.ts";
import type { ChatMessage } from "./ChatMessage.ts";
import { readAiConfig } from "./readAiConfig.ts";
import { streamCompletion } from "./streamCompletion.ts";
import { collect } from "./test/collect.ts";
import { startAnthropicFake } from "./test/startAnthropicFake.ts";
import type { FakeServer } from "./test/startFakeServer.ts";
import { startOpenAiFake } from "./test/startOpenAiFake.ts";

let anthropic: FakeServer;
let local: FakeServer;

beforeAll(async () => {
  [anthropic, local] = await Promise.all([startAnthropicFake(), startOpenAiFake("local")]);
});
afterAll(() => Promise.all([anthropic.close(), local.close()]));

function configFrom(env: Record<string, string>): AiConfig {
  const result = readAiConfig(env);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.config;
}

describe("streamCompletion", () => {
  it("fits the context, routes and streams a chat request end to end", async () => {
    const config = configFrom({ ANTHROPIC_API_KEY: "test-anthropic-key", ANTHROPIC_BASE_URL: anthropic.baseUrl });
    const events = await collect(
      streamCompletion(
        {
          task: "chat",
          tier: "strong",
          choice: "auto",
          context: {
            instructions: "You help with code.",
            conversation: [{ role: "user", content: "Why does parseToken reject my token?" }],
            currentFile: { path: "src/app.ts", text: "parseToken(input);\n", selection: "parseToken(input)" },
            projectFiles: [{ path: "src/auth/parseToken.ts", text: "export function parseToken(raw: string) {}\n" }],
          },
        },
        { config },
      ),
    );
    expect(events.at(-1)).toMatchObject({ type: "done", model: "anthropic:claude-sonnet-5-5" });
    const body = anthropic.requests.at(-1)?.body;
    expect(body?.system).toContain('<file path="src/auth/parseToken.ts">');
    expect(body?.system).toContain('<current_file path="src/app.ts">');
    expect(body?.messages).toEqual([{ role: "user", content: "Why does parseToken reject my token?" }]);
    expect(anthropic.problems).toEqual([]);
  });

  it("sends an agent turn as it is, tools and tool results included, and yields the model's tool calls", async () => {
    const config = configFrom({ ANTHROPIC_API_KEY: "test-anthropic-key", ANTHROPIC_BASE_URL: anthropic.baseUrl });
    anthropic.next({
      kind: "answer",
      chunks: ["Reading it."],
      toolCalls: [{ id: "toolu_2", name: "read_file", arguments: '{"path":"src/b.ts"}' }],
    });
    const conversation: ChatMessage[] = [
      { role: "user", content: "Build a counter" },
      { role: "assistant", content: "", toolCalls: [{ id: "toolu_1", name: "list_files", arguments: {} }] },
      { role: "tool", toolCallId: "toolu_1", name: "list_files", content: "src/b.ts (12 bytes)" },
    ];
    const tools = [
      { name: "list_files", description: "Lists files", parameters: { type: "object", properties: {} } },
      {
        name: "read_file",
        description: "Reads a file",
        parameters: { type: "object", properties: { path: { type: "string" } }, required: ["path"] },
      },
    ];
    const events = await collect(
      streamCompletion(
        {
          task: "code_edit",
          tier: "strong",
          choice: "auto",
          tools,
          context: { instructions: "Build it.", conversation },
        },
        { config },
      ),
    );
    expect(events.filter((e) => e.type === "tool_call")).toEqual([
      { type: "tool_call", id: "toolu_2", name: "read_file", arguments: { path: "src/b.ts" } },
    ]);
    expect(events.at(-1)).toMatchObject({ type: "done" });
    const body = anthropic.requests.at(-1)?.body;
    expect(body?.system).toBe("Build it.");
    expect((body?.tools as Array<{ name: string }>).map((t) => t.name)).toEqual(["list_files", "read_file"]);
    // The conversation ends with the tool result (a user turn of tool_result blocks, in Anthropic's form).
    expect(JSON.stringify((body?.messages as unknown[]).at(-1))).toContain('"tool_use_id":"toolu_1"');
    expect(anthropic.problems).toEqual([]);
  });

  it("streams the tool calls' arguments as deltas only when the request asks for them", async () => {
    const config = configFrom({ ANTHROPIC_API_KEY: "test-anthropic-key", ANTHROPIC_BASE_URL: anthropic.baseUrl });
    const write = { id: "toolu_w", name: "write_file", arguments: '{"path":"a.ts","content":"export {};"}' };
    const tools = [{ name: "write_file", description: "Writes a file", parameters: { type: "object" } }];
    const turn = (streamToolArguments?: boolean) => {
      anthropic.next({ kind: "answer", chunks: [], toolCalls: [write] });
      return collect(
        streamCompletion(
          {
            task: "code_edit",
            tier: "strong",
            choice: "auto",
            tools,
            context: { conversation: [{ role: "user", content: "Write a.ts" }] },
            ...(streamToolArguments === undefined ? {} : { streamToolArguments }),
          },
          { config },
        ),
      );
    };
    const joined = (events: Awaited<ReturnType<typeof turn>>) =>
      events.flatMap((e) => (e.type === "tool_call_delta" ? [e.json] : [])).join("");
    expect(joined(await turn(true))).toBe(write.arguments);
    for (const events of [await turn(), await turn(false)]) {
      expect(events.map((e) => e.type)).toEqual(["tool_call", "done"]);
    }
  });

  it("refuses an agent turn too long for the route's smallest window, before calling any model", async () => {
    const config = configFrom({
      LOCAL_AI_BASE_URL: local.baseUrl,
      LOCAL_AI_MODEL: "llama3.2",
      LOCAL_AI_CONTEXT_WINDOW: "2048",
    });
    const before = local.requests.length;
    const events = await collect(
      streamCompletion(
        {
          task: "code_edit",
          tier: "fast",
          choice: "auto",
          tools: [{ name: "finish", description: "Ends", parameters: { type: "object", properties: {} } }],
          context: { conversation: [{ role: "user", content: "word ".repeat(5_000) }] },
        },
        { config },
      ),
    );
    expect(events).toEqual([
      { type: "error", code: "context_too_long", message: expect.stringContaining("window of 2048") },
    ]);
    expect(local.requests.length).toBe(before);
  });

  it("summarises older turns through the router itself, on the summarize route, and reports that call's usage", async () => {
    const config = configFrom({
      LOCAL_AI_BASE_URL: local.baseUrl,
      LOCAL_AI_MODEL: "llama3.2",
      LOCAL_AI_CONTEXT_WINDOW: "2048",
    });
    const conversation: ChatMessage[] = [
      ...Array.from({ length: 30 }, (_, i): ChatMessage => ({
        role: i % 2 === 0 ? "user" : "assistant",
        content: `turn ${i}: ${"we talked about the parser ".repeat(12)}`,
      })),
      { role: "user", content: "So what now?" },
    ];
    const usages: [string, AiUsage][] = [];
    const before = local.requests.length;
    const events = await collect(
      streamCompletion(
        { task: "chat", tier: "fast", choice: "auto", context: { conversation } },
        { config, onUsage: (model, usage) => usages.push([model, usage]) },
      ),
    );
    expect(events.at(-1)).toMatchObject({ type: "done", model: "local:llama3.2" });
    const [summaryCall, answerCall] = local.requests.slice(before);
    expect(summaryCall?.body.messages).toEqual([
      { role: "system", content: expect.stringContaining("Summarise the conversation") },
      // The summariser's own window is small here too: the oldest turns are cut first.
      { role: "user", content: expect.stringMatching(/user: turn \d+: we talked about the parser/) },
    ]);
    expect(summaryCall?.body.messages).not.toContainEqual(
      expect.objectContaining({ content: expect.stringContaining("So what now?") }),
    );
    const answerMessages = answerCall?.body.messages as { role: string; content: string }[];
    expect(answerMessages[0]).toEqual({
      role: "system",
      content: "<earlier_conversation_summary>\nHello, world\n</earlier_conversation_summary>",
    });
    expect(answerMessages.length).toBeLessThan(conversation.length);
    expect(answerMessages.at(-1)).toEqual({ role: "user", content: "So what now?" });
    expect(usages).toEqual([["local:llama3.2", { inputTokens: 21, outputTokens: 7, costUsd: 0 }]]);
  });

  it("answers with an error event, never a throw, when nothing is configured or the task cannot stream", async () => {
    const context = { conversation: [{ role: "user" as const, content: "hi" }] };
    expect(
      await collect(
        streamCompletion({ task: "chat", tier: "fast", choice: "auto", context }, { config: { providers: {} } }),
      ),
    ).toEqual([
      {
        type: "error",
        code: "no_model_available",
        message: expect.stringContaining("No AI model is available to you yet"),
      },
    ]);
    expect(
      await collect(
        streamCompletion({ task: "embed", tier: "fast", choice: "auto", context }, { config: { providers: {} } }),
      ),
    ).toEqual([{ type: "error", code: "invalid_request", message: expect.stringContaining("embed") }]);
  });
});
