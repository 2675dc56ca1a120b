import {
  type FailureKind,
  type FakeServer,
  type RecordedRequest,
  startFakeServer,
  type WireProtocol,
} from "./startFakeServer.ts";
import { isJsonObject } from "../isJsonObject.ts";
import { checkToolFields, type ToolFieldRules } from "./checkToolFields.ts";
import { splitArguments } from "./splitArguments.ts";

const errors: Record<FailureKind, { status: number; type: string; message: string }> = {
  rateLimited: {
    status: 429,
    type: "rate_limit_error",
    message: "Number of request tokens has exceeded your rate limit",
  },
  overloaded: { status: 529, type: "overloaded_error", message: "Overloaded" },
  serverError: { status: 500, type: "api_error", message: "Internal server error" },
  invalidKey: { status: 401, type: "authentication_error", message: "invalid x-api-key" },
  invalidRequest: { status: 400, type: "invalid_request_error", message: "messages: field required" },
};

const sse = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * Anthropic's Messages API as it streams (https://docs.anthropic.com/en/api/messages-streaming):
 * `message_start` with input usage, a text content block of `text_delta`s, a `tool_use` block
 * per tool call, `message_delta` with the output usage, `message_stop`. Errors are `{type:"error", error:{type, message}}`, as an
 * HTTP body or as an `error` event inside the stream.
 */
const anthropicProtocol: WireProtocol = {
  check(request: RecordedRequest, apiKey: string) {
    // The API takes the key as `x-api-key` or, as SDK 1.x sends it, as a bearer token.
    const key = request.headers["x-api-key"] ?? request.headers.authorization?.replace(/^Bearer /, "");
    if (key !== apiKey) return { failure: "invalidKey", reason: "wrong API key" };
    if (isModelsList(request)) return undefined;
    const { model, max_tokens, messages, stream, tools, tool_choice } = request.body;
    const reason =
      request.method !== "POST" || request.url !== "/v1/messages"
        ? `unexpected ${request.method} ${request.url}`
        : !request.headers["anthropic-version"]
          ? "no anthropic-version header"
          : typeof model !== "string" || typeof max_tokens !== "number" || stream !== true
            ? "model, max_tokens and stream:true are required"
            : !isMessages(messages)
              ? "messages must be [{role:user|assistant, content}] starting with user"
              : (checkToolBlocks(messages as Turn[]) ?? checkToolFields(tools, tool_choice, toolRules));
    return reason ? { failure: "invalidRequest", reason } : undefined;
  },
  models: (request) =>
    isModelsList(request)
      ? {
          data: [
            {
              type: "model",
              id: "claude-haiku-5-5",
              display_name: "Claude Haiku",
              created_at: "2026-01-01T00:00:00Z",
            },
          ],
          has_more: false,
          first_id: "claude-haiku-5-5",
          last_id: "claude-haiku-5-5",
        }
      : undefined,
  modelOf: (request) => String(request.body.model),
  head: (model, usage) => [
    sse("message_start", {
      type: "message_start",
      message: {
        id: "msg_fake",
        type: "message",
        role: "assistant",
        model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: usage.inputTokens, output_tokens: 1 },
      },
    }),
    sse("content_block_start", { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } }),
    sse("ping", { type: "ping" }),
  ],
  chunk: (text) =>
    sse("content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "text_delta", text } }),
  tail: (_model, usage, toolCalls) => [
    sse("content_block_stop", { type: "content_block_stop", index: 0 }),
    // Each call is a tool_use block after the text; its input streams as JSON fragments, the first "".
    ...toolCalls.flatMap(({ id, name, arguments: json }, i) => [
      sse("content_block_start", {
        type: "content_block_start",
        index: i + 1,
        content_block: { type: "tool_use", id, name, input: {} },
      }),
      ...["", ...splitArguments(json)].map((partial_json) =>
        sse("content_block_delta", {
          type: "content_block_delta",
          index: i + 1,
          delta: { type: "input_json_delta", partial_json },
        }),
      ),
      sse("content_block_stop", { type: "content_block_stop", index: i + 1 }),
    ]),
    sse("message_delta", {
      type: "message_delta",
      delta: { stop_reason: toolCalls.length > 0 ? "tool_use" : "end_turn", stop_sequence: null },
      usage: { output_tokens: usage.outputTokens },
    }),
    sse("message_stop", { type: "message_stop" }),
  ],
  error(failure, reason) {
    const { status, type, message } = errors[failure];
    return { status, body: { type: "error", error: { type, message: reason ?? message }, request_id: "req_fake" } };
  },
  streamError: (failure) =>
    sse("error", { type: "error", error: { type: errors[failure].type, message: errors[failure].message } }),
  garbage: () => 'event: content_block_delta\ndata: {"type":"content_block_delta", <<garbage>>\n\n',
};

interface Turn {
  role: "user" | "assistant";
  content: string | Record<string, unknown>[];
}

function isMessages(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    (value[0] as { role?: unknown }).role === "user" &&
    value.every(
      (m: { role?: unknown; content?: unknown }) =>
        (m.role === "user" || m.role === "assistant") &&
        (typeof m.content === "string" || (Array.isArray(m.content) && m.content.length > 0)),
    )
  );
}

/**
 * Content blocks as the API checks them: text, `tool_use` in assistant turns (with an object
 * input), `tool_result` in user turns, each answering a `tool_use` of the turn just before.
 */
function checkToolBlocks(turns: Turn[]): string | undefined {
  let calls = new Set<unknown>();
  for (const turn of turns) {
    const blocks = typeof turn.content === "string" ? [] : turn.content;
    for (const block of blocks) {
      const ok =
        (block.type === "text" && typeof block.text === "string") ||
        (turn.role === "assistant" &&
          block.type === "tool_use" &&
          typeof block.id === "string" &&
          typeof block.name === "string" &&
          isJsonObject(block.input)) ||
        (turn.role === "user" &&
          block.type === "tool_result" &&
          calls.has(block.tool_use_id) &&
          typeof block.content === "string" &&
          (block.is_error === undefined || typeof block.is_error === "boolean"));
      if (!ok) return `unexpected ${turn.role} content block ${JSON.stringify(block)}`;
    }
    calls = new Set(blocks.filter((b) => b.type === "tool_use").map((b) => b.id));
  }
  return undefined;
}

const toolRules: ToolFieldRules = {
  isTool: (t) =>
    typeof t.name === "string" &&
    typeof t.description === "string" &&
    isJsonObject(t.input_schema) &&
    t.input_schema.type === "object",
  isChoice: (choice) => isJsonObject(choice) && ["auto", "any", "none"].includes(String(choice.type)),
  format: "[{name, description, input_schema:{type:object}}]",
};

/** `GET /v1/models`: what a key check asks for, the cheapest call there is. */
const isModelsList = (request: RecordedRequest) =>
  request.method === "GET" && /^\/v1\/models(?:\?|$)/.test(request.url);

/** Starts a fake Anthropic API accepting `apiKey`; the SDK's base URL is its root. */
export function startAnthropicFake(apiKey = "test-anthropic-key"): Promise<FakeServer> {
  return startFakeServer(anthropicProtocol, apiKey, "");
}
