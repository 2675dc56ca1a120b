import type { KeySource } from "./KeySource.ts";
import type { ProviderId } from "./ProviderId.ts";

/** One usable provider: where to send requests and with which key. */
export interface ProviderConfig {
  id: ProviderId;
  /** Local servers usually ignore it; the OpenAI SDK still needs a non-empty value. */
  apiKey: string;
  /** As the vendor's SDK expects it (OpenAI-style URLs end in `/v1`). */
  baseUrl: string;
  keySource: KeySource;
  /** Local servers only: the model to use when the user picks "auto". */
  model?: string;
  /** Local servers only: their context window in tokens (vendors' windows are in `modelCatalog`). */
  contextWindow?: number;
}
