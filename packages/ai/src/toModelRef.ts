import type { ProviderId } from "./ProviderId.ts";

/** The id a model goes by in choices, prices and `done` events: `"openai:gpt-5.5"`. */
export function toModelRef(spec: { provider: ProviderId; model: string }): string {
  return `${spec.provider}:${spec.model}`;
}
