import type { ModelRequest } from "./ModelRequest.ts";
import type { ProviderEvent } from "./ProviderEvent.ts";
import type { ProviderFailure } from "./ProviderFailure.ts";
import type { ProviderId } from "./ProviderId.ts";

/**
 * One vendor behind one interface. `stream` must stop the HTTP request when `signal` aborts
 * (then it yields a `failed` event with code `aborted`, or simply ends).
 */
export interface ProviderAdapter {
  id: ProviderId;
  stream(request: ModelRequest, signal: AbortSignal): AsyncIterable<ProviderEvent>;
  /**
   * Whether the vendor accepts the key: one call to its cheapest endpoint (the models list,
   * which costs no tokens), through the same SDK client. Null when accepted, else the refusal.
   */
  checkKey(signal?: AbortSignal): Promise<ProviderFailure | null>;
}
