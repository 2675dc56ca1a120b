import OpenAI from "openai";
import { AiErrorCode } from "./AiErrorCode.ts";
import { classifyOpenAiError } from "./classifyOpenAiError.ts";
import { createToolCallAssembler } from "./createToolCallAssembler.ts";
import { describeFailure } from "./describeFailure.ts";
import { estimateTokens } from "./estimateTokens.ts";
import type { ModelRequest } from "./ModelRequest.ts";
import type { ProviderAdapter } from "./ProviderAdapter.ts";
import type { ProviderConfig } from "./ProviderConfig.ts";
import type { ProviderEvent } from "./ProviderEvent.ts";
import type { ProviderFailure } from "./ProviderFailure.ts";
import { toOpenAiMessages } from "./toOpenAiMessages.ts";
import { toOpenAiTools } from "./toOpenAiTools.ts";

/**
 * OpenAI chat completions, streamed; also every OpenAI-compatible local server (Ollama,
 * llama.cpp server, vLLM) by base URL. With `stream_options.include_usage` the last chunk
 * before `[DONE]` carries the usage and no choices. A `finish_reason` marks a complete answer.
 * Tool calls stream as `delta.tool_calls` fragments keyed by `index` (the first with id and
 * name, then pieces of the arguments' JSON text, each passed on as a `tool_call_delta` when
 * asked); they are yielded whole at the finish.
 */
export function createOpenAiAdapter(provider: ProviderConfig): ProviderAdapter {
  const client = new OpenAI({
    apiKey: provider.apiKey,
    baseURL: provider.baseUrl,
    // The router's fallback is the retry policy; an SDK retry would hide a 429 behind seconds of backoff.
    maxRetries: 0,
    // Explicit nulls, so the SDK does not pick an organization or project up from process.env.
    organization: null,
    project: null,
    logLevel: "off",
  });
  const isLocal = provider.id === "local";

  async function* stream(request: ModelRequest, signal: AbortSignal): AsyncIterable<ProviderEvent> {
    let usage: { inputTokens: number; outputTokens: number } | undefined;
    let complete = false;
    let output = "";
    const calls = createToolCallAssembler({ streamArguments: request.streamToolArguments });
    try {
      const chunks = await client.chat.completions.create(
        {
          model: request.model,
          messages: toOpenAiMessages(request.system, request.messages),
          ...toOpenAiTools(request),
          stream: true,
          stream_options: { include_usage: true },
          // OpenAI's reasoning models refuse `max_tokens`; older local servers only know it.
          ...(isLocal ? { max_tokens: request.maxOutputTokens } : { max_completion_tokens: request.maxOutputTokens }),
          ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
        },
        { signal },
      );
      for await (const chunk of chunks) {
        const choice = chunk.choices[0];
        const text = choice?.delta?.content;
        if (text) {
          output += text;
          yield { type: "delta", text };
        }
        for (const fragment of choice?.delta?.tool_calls ?? []) {
          yield* calls.add(fragment.index, {
            id: fragment.id,
            name: fragment.function?.name,
            json: fragment.function?.arguments,
          });
        }
        if (choice?.finish_reason) {
          complete = true;
          for (const event of calls.takeAll()) {
            // Counted in the estimate, for servers that report no usage.
            if (event.type === "tool_call") output += event.name + JSON.stringify(event.arguments);
            yield event;
          }
        }
        if (chunk.usage)
          usage = { inputTokens: chunk.usage.prompt_tokens, outputTokens: chunk.usage.completion_tokens };
      }
    } catch (error) {
      const failure = signal.aborted
        ? describeFailure({ code: AiErrorCode.Aborted, provider, model: request.model })
        : classifyOpenAiError(error, provider, request.model);
      yield { type: "failed", failure };
      return;
    }
    if (complete && !signal.aborted) {
      // Some local servers ignore `include_usage`: then the tokens are our estimate.
      yield { type: "done", ...(usage ?? estimateUsage(request, output)) };
      return;
    }
    const code = signal.aborted ? AiErrorCode.Aborted : AiErrorCode.ConnectionFailed;
    yield { type: "failed", failure: describeFailure({ code, provider, model: request.model }) };
  }

  async function checkKey(signal?: AbortSignal): Promise<ProviderFailure | null> {
    try {
      await client.models.list({ signal });
      return null;
    } catch (error) {
      return classifyOpenAiError(error, provider, "models");
    }
  }

  return { id: provider.id, stream, checkKey };
}

function estimateUsage(request: ModelRequest, output: string): { inputTokens: number; outputTokens: number } {
  const input = [request.system ?? "", ...request.messages.map((m) => m.content)].join("\n");
  return { inputTokens: estimateTokens(input), outputTokens: estimateTokens(output) };
}
