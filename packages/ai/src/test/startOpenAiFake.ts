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

const errors: Record<FailureKind, { status: number; type: string; code: string | null; message: string }> = {
  rateLimited: {
    status: 429,
    type: "requests",
    code: "rate_limit_exceeded",
    message: "Rate limit reached for requests",
  },
  overloaded: { status: 503, type: "server_error", code: null, message: "The engine is currently overloaded" },
  serverError: { status: 500, type: "server_error", code: null, message: "The server had an error" },
  invalidKey: {
    status: 401,
    type: "invalid_request_error",
    code: "invalid_api_key",
    message: "Incorrect API key provided",
  },
  invalidRequest: { status: 400, type: "invalid_request_error", code: null, message: "Invalid request" },
};

const data = (value: unknown) => `data: ${JSON.stringify(value)}\n\n`;
const created = 1_700_000_000;
const chunkOf = (model: string, delta: Record<string, unknown>, finish: string | null) =>
  data({
    id: "chatcmpl-fake",
    object: "chat.completion.chunk",
    created,
    model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    usage: null,
  });

/**
 * OpenAI chat completions as they stream: `data: {chunk}` lines whose `choices[0].delta.content`
 * carries text, `delta.tool_calls` fragments for tool calls, a chunk with `finish_reason`, then (with `stream_options.include_usage`) a chunk
 * with `usage` and no choices, then `data: [DONE]`. Errors are `{error:{message,type,param,code}}`.
 * Local servers (Ollama, llama.cpp, vLLM) speak the same protocol.
 */
const openAiProtocol: WireProtocol = {
  check(request: RecordedRequest, apiKey: string) {
    if (request.headers.authorization !== `Bearer ${apiKey}`)
      return { failure: "invalidKey", reason: "wrong bearer token" };
    if (isModelsList(request)) return undefined;
    const { model, messages, stream, stream_options, tools, tool_choice } = request.body;
    const reason =
      request.method !== "POST" || request.url !== "/v1/chat/completions"
        ? `unexpected ${request.method} ${request.url}`
        : typeof model !== "string" || stream !== true
          ? "model and stream:true are required"
          : (stream_options as { include_usage?: unknown } | undefined)?.include_usage !== true
            ? "stream_options.include_usage must be true, or usage is never reported"
            : !Array.isArray(messages)
              ? "messages must be [{role, content}]"
              : (checkMessages(messages as Record<string, unknown>[]) ??
                checkToolFields(tools, tool_choice, toolRules));
    return reason ? { failure: "invalidRequest", reason } : undefined;
  },
  models: (request) =>
    isModelsList(request)
      ? { object: "list", data: [{ id: "gpt-5.4-mini", object: "model", created, owned_by: "openai" }] }
      : undefined,
  modelOf: (request) => String(request.body.model),
  head: (model) => [chunkOf(model, { role: "assistant", content: "" }, null)],
  chunk: (text, model) => chunkOf(model, { content: text }, null),
  tail: (model, usage, toolCalls) => [
    // A call's first fragment has its id and name, the next ones pieces of its arguments.
    ...toolCalls.flatMap(({ id, name, arguments: json }, index) => [
      chunkOf(model, { tool_calls: [{ index, id, type: "function", function: { name, arguments: "" } }] }, null),
      ...splitArguments(json).map((part) =>
        chunkOf(model, { tool_calls: [{ index, function: { arguments: part } }] }, null),
      ),
    ]),
    chunkOf(model, {}, toolCalls.length > 0 ? "tool_calls" : "stop"),
    data({
      id: "chatcmpl-fake",
      object: "chat.completion.chunk",
      created,
      model,
      choices: [],
      usage: {
        prompt_tokens: usage.inputTokens,
        completion_tokens: usage.outputTokens,
        total_tokens: usage.inputTokens + usage.outputTokens,
      },
    }),
    "data: [DONE]\n\n",
  ],
  error(failure, reason) {
    const { status, type, code, message } = errors[failure];
    return { status, body: { error: { message: reason ?? message, type, param: null, code } } };
  },
  streamError: (failure) =>
    data({ error: { message: errors[failure].message, type: errors[failure].type, code: errors[failure].code } }),
  garbage: () => 'data: {"id":"chatcmpl-fake", <<garbage>>\n\n',
};

/**
 * Messages as the API checks them: text content for system and user; an assistant's content
 * may be null when it has `tool_calls` (arguments as JSON text); a `tool` message answers a
 * call of an earlier assistant message by `tool_call_id`.
 */
function checkMessages(messages: Record<string, unknown>[]): string | undefined {
  const calls = new Set<unknown>();
  for (const m of messages) {
    const toolCalls = m.tool_calls as
      { id?: unknown; type?: unknown; function?: Record<string, unknown> }[] | undefined;
    const ok =
      (["system", "user", "assistant"].includes(String(m.role)) && typeof m.content === "string" && !toolCalls) ||
      (m.role === "assistant" &&
        (m.content === null || typeof m.content === "string") &&
        Array.isArray(toolCalls) &&
        toolCalls.every(
          (c) =>
            typeof c.id === "string" &&
            c.type === "function" &&
            typeof c.function?.name === "string" &&
            typeof c.function.arguments === "string",
        )) ||
      (m.role === "tool" && calls.has(m.tool_call_id) && typeof m.content === "string");
    if (!ok) return `unexpected message ${JSON.stringify(m)}`;
    for (const call of toolCalls ?? []) calls.add(call.id);
  }
  return undefined;
}

const toolRules: ToolFieldRules = {
  isTool: (t) =>
    t.type === "function" &&
    isJsonObject(t.function) &&
    typeof t.function.name === "string" &&
    isJsonObject(t.function.parameters),
  isChoice: (choice) => ["auto", "required", "none"].includes(String(choice)),
  format: "[{type:function, function:{name, description, parameters}}]",
};

/** `GET /v1/models`: what a key check asks for, the cheapest call there is. */
const isModelsList = (request: RecordedRequest) => request.method === "GET" && request.url === "/v1/models";

/** Starts a fake OpenAI (or OpenAI-compatible local) API accepting `apiKey`; the SDK's base URL ends in `/v1`. */
export function startOpenAiFake(apiKey = "test-openai-key"): Promise<FakeServer> {
  return startFakeServer(openAiProtocol, apiKey, "/v1");
}
