import type { AiConfig } from "./AiConfig.ts";
import type { KeySource } from "./KeySource.ts";
import { localModelSpec } from "./localModelSpec.ts";
import { modelCatalog } from "./modelCatalog.ts";
import type { ModelSpec } from "./ModelSpec.ts";
import { prices } from "./prices.ts";
import { toModelRef } from "./toModelRef.ts";

/** A model as `GET /api/ai/models` lists it. */
export interface ModelInfo extends ModelSpec {
  /** What to send as the choice: `"<provider>:<model>"`. */
  id: string;
  /** USD per million tokens; null where there is no price (local servers). */
  price: { inputPerMTok: number; outputPerMTok: number } | null;
  /** Whose key it runs on: the platform's or the user's own. */
  keySource: KeySource;
}

/**
 * The models a user can pick right now: those of every provider with a key (the platform's
 * or, passed through `readAiConfig`, the user's own), plus the local server's model.
 */
export function listModels(config: AiConfig): ModelInfo[] {
  const local = config.providers.local;
  const specs = [
    ...modelCatalog.filter((spec) => config.providers[spec.provider]),
    ...(local ? [localModelSpec(local)] : []),
  ];
  return specs.map((spec) => {
    const id = toModelRef(spec);
    return { ...spec, id, price: prices[id] ?? null, keySource: config.providers[spec.provider]!.keySource };
  });
}
