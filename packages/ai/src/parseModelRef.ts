import { ProviderId } from "./ProviderId.ts";

export type ParseModelRefResult = { ok: true; provider: ProviderId; model: string } | { ok: false; message: string };

const providerIds = new Set<string>(Object.values(ProviderId));

/** Reads a user's model choice, `"<provider>:<model>"`. Only the first colon splits: Ollama names contain colons. */
export function parseModelRef(ref: string): ParseModelRefResult {
  const colon = ref.indexOf(":");
  const provider = colon < 0 ? "" : ref.slice(0, colon);
  const model = colon < 0 ? "" : ref.slice(colon + 1);
  if (!providerIds.has(provider) || model === "") {
    return {
      ok: false,
      message: `"${ref}" is not a model choice: use "auto" or "<provider>:<model>" with provider one of ${[...providerIds].join(", ")}`,
    };
  }
  return { ok: true, provider: provider as ProviderId, model };
}
