import type { AiConfig } from "./AiConfig.ts";
import { createAdapter } from "./createAdapter.ts";
import type { ProviderAdapter } from "./ProviderAdapter.ts";
import type { ProviderId } from "./ProviderId.ts";

/**
 * The adapters of each config object, built once: the platform's config is kept for the
 * isolate (the Worker's loadAiConfig), so its SDK clients are built once too rather than on
 * every request (`npm run bench -- ai`). A config with a person's own keys is built per request
 * and its adapters go with it. An adapter keeps no state between streams, so sharing is safe.
 */
const built = new WeakMap<AiConfig, Partial<Record<ProviderId, ProviderAdapter>>>();

/** An adapter for every configured provider. */
export function createAdapters(config: AiConfig): Partial<Record<ProviderId, ProviderAdapter>> {
  let adapters = built.get(config);
  if (!adapters) {
    adapters = Object.fromEntries(
      Object.values(config.providers).map((provider) => [provider.id, createAdapter(provider)]),
    );
    built.set(config, adapters);
  }
  return adapters;
}
