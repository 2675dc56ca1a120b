import type { AiConfig } from "./AiConfig.ts";
import { createAdapter } from "./createAdapter.ts";
import type { ProviderAdapter } from "./ProviderAdapter.ts";
import type { ProviderId } from "./ProviderId.ts";

/** An adapter for every configured provider. */
export function createAdapters(config: AiConfig): Partial<Record<ProviderId, ProviderAdapter>> {
  return Object.fromEntries(Object.values(config.providers).map((provider) => [provider.id, createAdapter(provider)]));
}
