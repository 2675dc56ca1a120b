import { AiErrorCode } from "./AiErrorCode.ts";
import type { ModelRequest } from "./ModelRequest.ts";
import type { ProviderAdapter } from "./ProviderAdapter.ts";
import type { ProviderEvent } from "./ProviderEvent.ts";
import { providerSettings } from "./providerSettings.ts";

/**
 * One attempt on one model, under the router's own timeout: if the vendor sends nothing for
 * `idleMs` (no headers, or a stream that stalls), the request is aborted and the attempt fails
 * with `timeout`. The timer pauses while the consumer holds an event, so a slow reader is not
 * a slow vendor. The SDKs' own timeouts only cover the wait for headers, hence this one.
 *
 * The attempt has its own AbortController, aborted with the caller's signal and whenever the
 * consumer stops iterating early: the vendor's connection never outlives the attempt.
 */
export async function* streamWithTimeout(
  adapter: ProviderAdapter,
  request: ModelRequest,
  signal: AbortSignal | undefined,
  idleMs: number,
): AsyncGenerator<ProviderEvent> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  if (signal?.aborted) stop();
  signal?.addEventListener("abort", stop, { once: true });
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, idleMs);
  };
  try {
    arm();
    for await (const event of adapter.stream(request, controller.signal)) {
      clearTimeout(timer);
      if (event.type === "failed" && timedOut) {
        const { label } = providerSettings[adapter.id];
        const message = `${label} sent nothing for ${idleMs / 1000}s on ${adapter.id}:${request.model}`;
        yield { type: "failed", failure: { code: AiErrorCode.Timeout, message } };
        return;
      }
      yield event;
      arm();
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", stop);
    stop();
  }
}
