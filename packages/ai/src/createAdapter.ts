import { createAnthropicAdapter } from "./createAnthropicAdapter.ts";
import { createGoogleAdapter } from "./createGoogleAdapter.ts";
import { createOpenAiAdapter } from "./createOpenAiAdapter.ts";
import type { ProviderAdapter } from "./ProviderAdapter.ts";
import type { ProviderConfig } from "./ProviderConfig.ts";

/** The adapter for one configured provider, over its own SDK client (createAdapters keeps them per config). */
export function createAdapter(provider: ProviderConfig): ProviderAdapter {
  switch (provider.id) {
    case "anthropic":
      return createAnthropicAdapter(provider);
    case "google":
      return createGoogleAdapter(provider);
    case "openai":
    case "local":
      return createOpenAiAdapter(provider);
  }
}
