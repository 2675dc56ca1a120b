import type { AiEvent } from "./AiEvent.ts";
import { AiErrorCode } from "./AiErrorCode.ts";
import { computeCostUsd } from "./computeCostUsd.ts";
import { isRetryable } from "./isRetryable.ts";
import type { ModelRequest } from "./ModelRequest.ts";
import type { ModelSpec } from "./ModelSpec.ts";
import type { ProviderAdapter } from "./ProviderAdapter.ts";
import type { ProviderFailure } from "./ProviderFailure.ts";
import type { ProviderId } from "./ProviderId.ts";
import { shouldRetry } from "./shouldRetry.ts";
import { streamWithTimeout } from "./streamWithTimeout.ts";
import { toModelRef } from "./toModelRef.ts";

export interface RouteRequestOptions {
  /** The models to try, in order (from `resolveRoute`). */
  chain: readonly ModelSpec[];
  /** The prompt, already fitted to the smallest window of the chain. */
  request: Omit<ModelRequest, "model">;
  adapters: Partial<Record<ProviderId, ProviderAdapter>>;
  /** Stops the stream and the vendor's request. */
  signal?: AbortSignal;
  /** A vendor silent this long (before headers or mid-stream) fails the attempt as `timeout`. */
  attemptTimeoutMs?: number;
  /** When the whole request must have ended (ms since the epoch): no retry waits past it. */
  deadline?: number;
}

const DEFAULT_ATTEMPT_TIMEOUT_MS = 30_000;

/**
 * The fallback loop. Tries each model of the chain until one answers; yields its text as it
 * streams (and its tool calls, when the request gave tools), then `done` with the model that
 * answered and the cost of its reported usage.
 *
 * A retryable failure (rate limit, overload, 5xx, timeout, broken connection) moves on to the
 * next model, but only before any text or tool call (or a piece of one) was sent: output already on the user's
 * screen (or in the agent's hands) cannot be taken back, so a failure after it ends the stream
 * with an `error`. A fatal failure (bad key, invalid request, billing) stops at once: the next
 * model would not fix it, and the message must reach the person who can. Before moving on, a model whose vendor asked
 * for a short wait (Retry-After) is asked once more after it (see `shouldRetry`).
 */
export async function* routeRequest({
  chain,
  request,
  adapters,
  signal,
  attemptTimeoutMs = DEFAULT_ATTEMPT_TIMEOUT_MS,
  deadline = Infinity,
}: RouteRequestOptions): AsyncGenerator<AiEvent> {
  const skipped: string[] = [];
  for (const [index, spec] of chain.entries()) {
    const ref = toModelRef(spec);
    const adapter = adapters[spec.provider];
    if (!adapter) {
      skipped.push(`${ref}: not configured`);
      continue;
    }
    const modelRequest = {
      ...request,
      model: spec.model,
      maxOutputTokens: Math.min(request.maxOutputTokens, spec.maxOutputTokens),
    };
    let ended: Ended | null;
    for (let attempt = 1; ; attempt++) {
      ended = yield* attemptModel(adapter, modelRequest, ref, signal, attemptTimeoutMs);
      const wait =
        ended && !ended.streamed && !signal?.aborted
          ? shouldRetry(ended.failure, attempt, deadline - Date.now())
          : null;
      if (wait === null) break;
      await sleep(wait, signal);
    }
    if (ended === null) return;
    if (signal?.aborted) {
      yield { type: "error", code: AiErrorCode.Aborted, message: "Stopped" };
      return;
    }
    const { failure, streamed } = ended;
    const isLast = index === chain.length - 1;
    if (streamed || !isRetryable(failure.code) || isLast) {
      const message = skipped.length > 0 ? `${failure.message} (after ${skipped.join("; ")})` : failure.message;
      yield { type: "error", code: failure.code, message };
      return;
    }
    skipped.push(`${ref}: ${failure.message}`);
  }
  yield {
    type: "error",
    code: AiErrorCode.NoModelAvailable,
    message: skipped.length > 0 ? `No model could answer: ${skipped.join("; ")}` : "No model to route to",
  };
}

/** How an attempt that did not answer ended: its failure, and whether text had been sent. */
interface Ended {
  failure: ProviderFailure;
  streamed: boolean;
}

/** One try of one model: yields its text, tool calls and, when it answers, `done`; else returns how it failed. */
async function* attemptModel(
  adapter: ProviderAdapter,
  request: ModelRequest,
  ref: string,
  signal: AbortSignal | undefined,
  attemptTimeoutMs: number,
): AsyncGenerator<AiEvent, Ended | null> {
  let streamed = false;
  let failure: ProviderFailure = { code: AiErrorCode.Internal, message: `${ref} ended without an answer` };
  for await (const event of streamWithTimeout(adapter, request, signal, attemptTimeoutMs)) {
    if (event.type === "tool_call_delta" && !request.streamToolArguments) {
      // Not asked for: a consumer that knows no deltas must never see one, whatever the adapter.
      continue;
    } else if (event.type === "delta" || event.type === "tool_call" || event.type === "tool_call_delta") {
      // A tool call, even a part of one, is output too: the agent may already be acting on it
      // (writing the file it names), so no fallback after one.
      streamed = true;
      yield event;
    } else if (event.type === "done") {
      const costUsd = computeCostUsd(ref, event.inputTokens, event.outputTokens);
      yield {
        type: "done",
        model: ref,
        usage: { inputTokens: event.inputTokens, outputTokens: event.outputTokens, costUsd },
      };
      return null;
    } else {
      failure = event.failure;
    }
  }
  return { failure, streamed };
}

/** Waits `ms`, or less if `signal` aborts meanwhile (the caller then sees it aborted). */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
