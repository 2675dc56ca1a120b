import type { AiConfig } from "./AiConfig.ts";
import { AiErrorCode } from "./AiErrorCode.ts";
import { localModelSpec } from "./localModelSpec.ts";
import { modelCatalog } from "./modelCatalog.ts";
import { ModelKind } from "./ModelKind.ts";
import type { ModelSpec } from "./ModelSpec.ts";
import { parseModelRef } from "./parseModelRef.ts";
import type { ProviderFailure } from "./ProviderFailure.ts";
import { providerSettings } from "./providerSettings.ts";
import { routingTable } from "./routingTable.ts";
import { Task } from "./Task.ts";
import type { Tier } from "./Tier.ts";
import { toModelRef } from "./toModelRef.ts";

export interface RouteInput {
  task: Task;
  tier: Tier;
  /** `"auto"`, or the user's pick as `"<provider>:<model>"`. */
  choice: string;
  config: AiConfig;
}

/**
 * What people see when no model can serve them. It is written for the person asking, who
 * can add a key but not set the platform's variables; those go to the server's log and
 * the README (the Worker logs them, see workers/platform/src/ai/logNoProvider.ts).
 */
export const NO_MODEL_MESSAGE =
  "No AI model is available to you yet: add your own key in Settings, or ask the platform's admin to configure one";
const NO_EMBEDDING_MODEL_MESSAGE =
  "No embedding model is available to you yet: add your own OpenAI or Google key in Settings, " +
  "or ask the platform's admin to configure one";

export type RouteResult = { ok: true; chain: ModelSpec[] } | { ok: false; failure: ProviderFailure };

/**
 * The models to try for a request, in order. "auto" follows the routing table over the
 * configured providers. An explicit choice is a chain of one: the user picked that model (and
 * that vendor, which sees their code), so the router does not silently send it elsewhere.
 */
export function resolveRoute({ task, tier, choice, config }: RouteInput): RouteResult {
  if (choice !== "auto") return resolveChoice(choice, config);
  const chain = routingTable[task][tier]
    .map((ref) => modelCatalog.find((spec) => toModelRef(spec) === ref))
    .filter((spec): spec is ModelSpec => spec !== undefined && config.providers[spec.provider] !== undefined);
  const local = config.providers.local;
  if (local && task !== Task.Embed) chain.push(localModelSpec(local));
  if (chain.length > 0) return { ok: true, chain };
  return {
    ok: false,
    failure: {
      code: AiErrorCode.NoModelAvailable,
      message: task === Task.Embed ? NO_EMBEDDING_MODEL_MESSAGE : NO_MODEL_MESSAGE,
    },
  };
}

function resolveChoice(choice: string, config: AiConfig): RouteResult {
  const parsed = parseModelRef(choice);
  if (!parsed.ok) return { ok: false, failure: { code: AiErrorCode.InvalidRequest, message: parsed.message } };
  const provider = config.providers[parsed.provider];
  const setting = providerSettings[parsed.provider];
  if (!provider) {
    const how =
      "keyEnv" in setting
        ? `add your own ${setting.label} key in Settings, or pick another model`
        : "pick another model, or ask the platform's admin to configure one";
    return {
      ok: false,
      failure: { code: AiErrorCode.NoModelAvailable, message: `${setting.label} is not available to you: ${how}` },
    };
  }
  // A local server serves whatever it has pulled; vendor models must be in the catalog so they have a price.
  if (parsed.provider === "local") return { ok: true, chain: [localModelSpec(provider, parsed.model)] };
  const spec = modelCatalog.find((s) => s.provider === parsed.provider && s.model === parsed.model);
  if (!spec || spec.kind !== ModelKind.Text) {
    return {
      ok: false,
      failure: {
        code: AiErrorCode.ModelNotFound,
        message: `${choice} is not a model Wove offers: pick one from GET /api/ai/models, or "auto"`,
      },
    };
  }
  return { ok: true, chain: [spec] };
}
