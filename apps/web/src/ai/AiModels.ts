/** A model as `GET /api/ai/models` lists it (packages/ai `ModelInfo`; fields the panel uses). */
export interface AiModel {
  /** `"<provider>:<model>"`: what to send as the choice. */
  id: string;
  provider: string;
  model: string;
  label?: string;
  contextWindow: number;
  maxOutputTokens: number;
  price: { inputPerMTok: number; outputPerMTok: number } | null;
  keySource: "env" | "user";
}

/** The body of `GET /api/ai/models`. */
export interface AiModels {
  models: AiModel[];
  /** Whether "auto" (Wove picks per task) can serve anything. */
  auto: boolean;
  /** When nothing is configured: what to set, or where to add a key. */
  hint?: string;
}
