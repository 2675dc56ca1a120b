import Anthropic from "@anthropic-ai/sdk";
import { AiErrorCode } from "./AiErrorCode.ts";
import { classifyAnthropicError } from "./classifyAnthropicError.ts";
import { createToolCallAssembler } from "./createToolCallAssembler.ts";
import { describeFailure } from "./describeFailure.ts";
import type { ModelRequest } from "./ModelRequest.ts";
import type { ProviderAdapter } from "./ProviderAdapter.ts";
import type { ProviderConfig } from "./ProviderConfig.ts";
import type { ProviderEvent } from "./ProviderEvent.ts";
import type { ProviderFailure } from "./ProviderFailure.ts";
import { toAnthropicMessages } from "./toAnthropicMessages.ts";
import { toAnthropicTools } from "./toAnthropicTools.ts";

/**
 * Anthropic's Messages API, streamed. Usage arrives in two parts: input tokens in
 * `message_start`, the cumulative output count in the last `message_delta`. `message_stop`
 * marks a complete answer; a stream that ends without it broke off. A tool call is a
 * `tool_use` content block whose input streams as `input_json_delta` fragments (each passed on
 * as a `tool_call_delta` when asked): it is yielded whole at its `content_block_stop`.
 */
export function createAnthropicAdapter(provider: ProviderConfig): ProviderAdapter {
  const client = new Anthropic({
    apiKey: provider.apiKey,
    baseURL: provider.baseUrl,
    // The router's fallback is the retry policy; an SDK retry would hide a 429 behind seconds of backoff.
    maxRetries: 0,
    openTelemetry: false,
    logLevel: "off",
  });

  async function* stream(request: ModelRequest, signal: AbortSignal): AsyncIterable<ProviderEvent> {
    let inputTokens = 0;
    let outputTokens = 0;
    let complete = false;
    const calls = createToolCallAssembler({ streamArguments: request.streamToolArguments });
    try {
      const events = await client.messages.create(
        {
          model: request.model,
          max_tokens: request.maxOutputTokens,
          messages: toAnthropicMessages(request.messages),
          ...toAnthropicTools(request),
          stream: true,
          ...(request.system ? { system: request.system } : {}),
          ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
        },
        { signal },
      );
      for await (const event of events) {
        if (event.type === "message_start") {
          const usage = event.message.usage;
          inputTokens =
            usage.input_tokens + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0);
          outputTokens = usage.output_tokens;
        } else if (event.type === "content_block_delta" && event.delta.type === "text_delta" && event.delta.text) {
          yield { type: "delta", text: event.delta.text };
        } else if (event.type === "content_block_start" && event.content_block.type === "tool_use") {
          yield* calls.add(event.index, { id: event.content_block.id, name: event.content_block.name });
        } else if (event.type === "content_block_delta" && event.delta.type === "input_json_delta") {
          yield* calls.add(event.index, { json: event.delta.partial_json });
        } else if (event.type === "content_block_stop") {
          yield* calls.take(event.index);
        } else if (event.type === "message_delta") {
          outputTokens = event.usage.output_tokens;
        } else if (event.type === "message_stop") {
          complete = true;
        }
      }
    } catch (error) {
      const failure = signal.aborted
        ? describeFailure({ code: AiErrorCode.Aborted, provider, model: request.model })
        : classifyAnthropicError(error, provider, request.model);
      yield { type: "failed", failure };
      return;
    }
    if (complete) {
      yield { type: "done", inputTokens, outputTokens };
      return;
    }
    // The SDK ends the iteration quietly when the request is aborted.
    const code = signal.aborted ? AiErrorCode.Aborted : AiErrorCode.ConnectionFailed;
    yield { type: "failed", failure: describeFailure({ code, provider, model: request.model }) };
  }

  async function checkKey(signal?: AbortSignal): Promise<ProviderFailure | null> {
    try {
      await client.models.list({ limit: 1 }, { signal });
      return null;
    } catch (error) {
      return classifyAnthropicError(error, provider, "models");
    }
  }

  return { id: provider.id, stream, checkKey };
}
