import { GoogleGenAI } from "@google/genai";
import { AiErrorCode } from "./AiErrorCode.ts";
import { classifyGoogleError } from "./classifyGoogleError.ts";
import { describeFailure } from "./describeFailure.ts";
import type { ModelRequest } from "./ModelRequest.ts";
import type { ProviderAdapter } from "./ProviderAdapter.ts";
import type { ProviderConfig } from "./ProviderConfig.ts";
import type { ProviderEvent } from "./ProviderEvent.ts";
import type { ProviderFailure } from "./ProviderFailure.ts";
import { toGoogleContents } from "./toGoogleContents.ts";
import { toGoogleTools } from "./toGoogleTools.ts";

/**
 * Gemini's `streamGenerateContent?alt=sse`. Every chunk may carry `usageMetadata`; the last
 * one has the totals. Thinking is billed as output, so `thoughtsTokenCount` counts as output
 * (the thought parts themselves are not shown). A `finishReason` marks a complete answer.
 * A tool call arrives whole, as a `functionCall` part with parsed `args` and, from Gemini 3, a
 * `thoughtSignature` to send back with it. The Gemini API gives calls no id: each gets
 * `call_<turn>_<n>`, stable, and unique in the conversation (turn: assistant turns before it).
 * Asked to stream arguments, it sends one `tool_call_delta` with the whole JSON before each call.
 */
export function createGoogleAdapter(provider: ProviderConfig): ProviderAdapter {
  const client = new GoogleGenAI({
    apiKey: provider.apiKey,
    // One attempt: the router's fallback is the retry policy.
    httpOptions: { baseUrl: provider.baseUrl, retryOptions: { attempts: 1 } },
  });

  async function* stream(request: ModelRequest, signal: AbortSignal): AsyncIterable<ProviderEvent> {
    let inputTokens = 0;
    let outputTokens = 0;
    let complete = false;
    const turn = request.messages.filter((m) => m.role === "assistant").length;
    let callCount = 0;
    let position = 0;
    try {
      const chunks = await client.models.generateContentStream({
        model: request.model,
        contents: toGoogleContents(request.messages),
        config: {
          abortSignal: signal,
          maxOutputTokens: request.maxOutputTokens,
          ...toGoogleTools(request),
          ...(request.system ? { systemInstruction: request.system } : {}),
          ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
        },
      });
      for await (const chunk of chunks) {
        const candidate = chunk.candidates?.[0];
        const text = (candidate?.content?.parts ?? [])
          .filter((part) => !part.thought && part.text)
          .map((part) => part.text)
          .join("");
        if (text) yield { type: "delta", text };
        for (const part of candidate?.content?.parts ?? []) {
          if (!part.functionCall) continue;
          const id = part.functionCall.id || `call_${turn}_${callCount++}`;
          const name = part.functionCall.name ?? "";
          const args = part.functionCall.args ?? {};
          // Gemini sends a call whole, so its one delta is the whole arguments text.
          if (request.streamToolArguments) {
            yield { type: "tool_call_delta", index: position, id, name, json: JSON.stringify(args) };
          }
          position++;
          yield {
            type: "tool_call",
            id,
            name,
            arguments: args,
            ...(part.thoughtSignature ? { signature: part.thoughtSignature } : {}),
          };
        }
        if (candidate?.finishReason) complete = true;
        const usage = chunk.usageMetadata;
        if (usage) {
          inputTokens = usage.promptTokenCount ?? inputTokens;
          if (usage.candidatesTokenCount !== undefined) {
            outputTokens = usage.candidatesTokenCount + (usage.thoughtsTokenCount ?? 0);
          }
        }
      }
    } catch (error) {
      const failure = signal.aborted
        ? describeFailure({ code: AiErrorCode.Aborted, provider, model: request.model })
        : classifyGoogleError(error, provider, request.model);
      yield { type: "failed", failure };
      return;
    }
    if (complete && !signal.aborted) {
      yield { type: "done", inputTokens, outputTokens };
      return;
    }
    const code = signal.aborted ? AiErrorCode.Aborted : AiErrorCode.ConnectionFailed;
    yield { type: "failed", failure: describeFailure({ code, provider, model: request.model }) };
  }

  async function checkKey(signal?: AbortSignal): Promise<ProviderFailure | null> {
    try {
      await client.models.list({ config: { pageSize: 1, abortSignal: signal } });
      return null;
    } catch (error) {
      return classifyGoogleError(error, provider, "models");
    }
  }

  return { id: provider.id, stream, checkKey };
}
