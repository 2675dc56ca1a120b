import type { ModelKind } from "./ModelKind.ts";
import type { ProviderId } from "./ProviderId.ts";

/** What the router needs to know about one model. */
export interface ModelSpec {
  provider: ProviderId;
  /** The vendor's model name: `gpt-5.4-mini`. */
  model: string;
  label: string;
  kind: ModelKind;
  /** Input plus output, in tokens. */
  contextWindow: number;
  /** The most output tokens one request may ask for. */
  maxOutputTokens: number;
}
