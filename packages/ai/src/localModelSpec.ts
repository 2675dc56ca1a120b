import { ModelKind } from "./ModelKind.ts";
import type { ModelSpec } from "./ModelSpec.ts";
import type { ProviderConfig } from "./ProviderConfig.ts";

/**
 * The spec of a model on a local server, which no catalog can know: the window is what the
 * operator configured, and a quarter of it may be output (local servers share one window).
 */
export function localModelSpec(local: ProviderConfig, model = local.model ?? ""): ModelSpec {
  const contextWindow = local.contextWindow ?? 8_192;
  return {
    provider: "local",
    model,
    label: `${model} (local)`,
    kind: ModelKind.Text,
    contextWindow,
    maxOutputTokens: Math.floor(contextWindow / 4),
  };
}
