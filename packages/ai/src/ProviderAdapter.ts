import type { ModelRequest } from "./ModelRequest.ts";
import type { ProviderEvent } from "./ProviderEvent.ts";
import type { ProviderId } from "./ProviderId.ts";

/**
 * One vendor behind one interface. `stream` must stop the HTTP request when `signal` aborts
 * (then it yields a `failed` event with code `aborted`, or simply ends).
 */
export interface ProviderAdapter {
  id: ProviderId;
  stream(request: ModelRequest, signal: AbortSignal): AsyncIterable<ProviderEvent>;
}
