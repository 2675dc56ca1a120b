import type { ProviderConfig } from "./ProviderConfig.ts";
import type { ProviderId } from "./ProviderId.ts";

/** The providers that can be called; a provider without a key is simply absent. */
export interface AiConfig {
  providers: Partial<Record<ProviderId, ProviderConfig>>;
}
