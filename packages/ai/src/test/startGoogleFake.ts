import {
  type FailureKind,
  type FakeServer,
  type RecordedRequest,
  startFakeServer,
  type WireProtocol,
} from "./startFakeServer.ts";
import { isJsonObject } from "../isJsonObject.ts";
import { checkToolFields, type ToolFieldRules } from "./checkToolFields.ts";

const errors: Record<FailureKind, { status: number; rpc: string; message: string; reason?: string }> = {
  rateLimited: { status: 429, rpc: "RESOURCE_EXHAUSTED", message: "Resource has been exhausted (e.g. check quota)." },
  overloaded: { status: 503, rpc: "UNAVAILABLE", message: "The model is overloaded. Please try again later." },
  serverError: { status: 500, rpc: "INTERNAL", message: "An internal error has occurred." },
  // Gemini answers a bad key with 400 INVALID_ARGUMENT and an ErrorInfo naming it, not with 401.
  invalidKey: { status: 400, rpc: "INVALID_ARGUMENT", message: "API key not valid.", reason: "API_KEY_INVALID" },
  invalidRequest: { status: 400, rpc: "INVALID_ARGUMENT", message: "Request contains an invalid argument." },
};

// The SDK picks the API version (`v1` in 3.x); the Gemini API serves both.
const path = /^\/v1(?:beta)?\/models\/([^/:]+):streamGenerateContent\?alt=sse$/;
const data = (value: unknown) => `data: ${JSON.stringify(value)}\r\n\r\n`;
const usageOf = (usage: { inputTokens: number; outputTokens: number }) => ({
  promptTokenCount: usage.inputTokens,
  candidatesTokenCount: usage.outputTokens,
  totalTokenCount: usage.inputTokens + usage.outputTokens,
});

/**
 * Gemini's `models/{model}:streamGenerateContent?alt=sse`: `data:` events, each a
 * GenerateContentResponse with `candidates[0].content.parts[]` (`text`, or a whole
 * `functionCall`) and `usageMetadata`; the last has `finishReason`. Errors are `{error:{code, message, status, details?}}`.
 */
const googleProtocol: WireProtocol = {
  check(request: RecordedRequest, apiKey: string) {
    if (request.headers["x-goog-api-key"] !== apiKey) return { failure: "invalidKey", reason: "wrong x-goog-api-key" };
    if (isModelsList(request)) return undefined;
    const { contents, tools, toolConfig } = request.body;
    const reason =
      request.method !== "POST" || !path.test(request.url)
        ? `unexpected ${request.method} ${request.url}`
        : !Array.isArray(contents) ||
            !contents.every(
              (c: { role?: unknown; parts?: unknown }) =>
                (c.role === "user" || c.role === "model") &&
                Array.isArray(c.parts) &&
                c.parts.every((p: Part) => isPart(p, c.role)),
            )
          ? "contents must be [{role:user|model, parts:[{text} | {functionCall} | {functionResponse}]}]"
          : checkToolFields(tools, toolConfig, toolRules);
    return reason ? { failure: "invalidRequest", reason } : undefined;
  },
  models: (request) =>
    isModelsList(request)
      ? { models: [{ name: "models/gemini-3.8-flash", displayName: "Gemini Flash", inputTokenLimit: 1_048_576 }] }
      : undefined,
  modelOf: (request) => path.exec(request.url)?.[1] ?? "",
  head: () => [],
  chunk: (text, model) =>
    data({
      candidates: [{ content: { parts: [{ text }], role: "model" }, index: 0 }],
      usageMetadata: { promptTokenCount: 21, totalTokenCount: 21 },
      modelVersion: model,
    }),
  tail: (model, usage, toolCalls) => [
    // Gemini sends each call whole, args parsed, in a part of its own; the first call's part
    // carries the thought signature, which must come back with it.
    ...toolCalls.map(({ name, arguments: json }, i) =>
      data({
        candidates: [
          {
            content: {
              parts: [
                { functionCall: { name, args: JSON.parse(json) as unknown }, ...(i === 0 ? { thoughtSignature } : {}) },
              ],
              role: "model",
            },
            index: 0,
          },
        ],
        usageMetadata: { promptTokenCount: 21, totalTokenCount: 21 },
        modelVersion: model,
      }),
    ),
    data({
      candidates: [{ content: { parts: [{ text: "" }], role: "model" }, finishReason: "STOP", index: 0 }],
      usageMetadata: usageOf(usage),
      modelVersion: model,
    }),
  ],
  error(failure, reason, retryAfterSeconds) {
    const { status, rpc, message, reason: infoReason } = errors[failure];
    // Gemini says how long to wait in a RetryInfo detail, as a protobuf Duration ("1s").
    const details = [
      ...(infoReason
        ? [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: infoReason, domain: "googleapis.com" }]
        : []),
      ...(retryAfterSeconds === undefined
        ? []
        : [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: `${retryAfterSeconds}s` }]),
    ];
    return {
      status,
      body: {
        error: { code: status, message: reason ?? message, status: rpc, ...(details.length > 0 ? { details } : {}) },
      },
    };
  },
  streamError: (failure) =>
    data({ error: { code: errors[failure].status, message: errors[failure].message, status: errors[failure].rpc } }),
  garbage: () => 'data: {"candidates": <<garbage>>\r\n\r\n',
};

/** The signature the fake puts on the first function call of an answer. */
export const thoughtSignature = "c2lnbmF0dXJlLW9mLXRoZS1mYWtl";

interface Part {
  text?: unknown;
  functionCall?: { name?: unknown; args?: unknown };
  functionResponse?: { name?: unknown; response?: unknown };
}

/** Text anywhere; function calls (with object args) in model turns, their responses in user turns. */
function isPart(part: Part, role: unknown): boolean {
  const fields = Object.keys(part).filter((key) => key !== "thoughtSignature");
  if (fields.length !== 1) return false;
  if (part.text !== undefined) return typeof part.text === "string";
  if (part.functionCall) {
    return role === "model" && typeof part.functionCall.name === "string" && isJsonObject(part.functionCall.args);
  }
  if (part.functionResponse) {
    const { name, response } = part.functionResponse;
    return role === "user" && typeof name === "string" && isJsonObject(response);
  }
  return false;
}

const toolRules: ToolFieldRules = {
  isTool: (t) =>
    Array.isArray(t.functionDeclarations) &&
    t.functionDeclarations.every(
      (d: Record<string, unknown>) =>
        typeof d.name === "string" && typeof d.description === "string" && isJsonObject(d.parametersJsonSchema),
    ),
  isChoice: (config) =>
    ["AUTO", "ANY", "NONE"].includes(
      String((config as { functionCallingConfig?: { mode?: unknown } }).functionCallingConfig?.mode),
    ),
  format: "[{functionDeclarations:[{name, description, parametersJsonSchema}]}]",
};

/** `GET /v1beta/models`: what a key check asks for, the cheapest call there is. */
const isModelsList = (request: RecordedRequest) =>
  request.method === "GET" && /^\/v1(?:beta)?\/models(?:\?|$)/.test(request.url);

/** Starts a fake Gemini API accepting `apiKey`; the SDK's base URL is its root. */
export function startGoogleFake(apiKey = "test-google-key"): Promise<FakeServer> {
  return startFakeServer(googleProtocol, apiKey, "");
}
