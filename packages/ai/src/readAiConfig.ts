import type { AiConfig } from "./AiConfig.ts";
import { KeySource } from "./KeySource.ts";
import type { ProviderConfig } from "./ProviderConfig.ts";
import { providerSettings } from "./providerSettings.ts";
import type { UserKeys } from "./UserKeys.ts";

export type ReadAiConfigResult = { ok: true; config: AiConfig } | { ok: false; problems: string[] };

/** What a local server gets when `LOCAL_AI_CONTEXT_WINDOW` is unset: small enough for Ollama's defaults. */
const DEFAULT_LOCAL_CONTEXT_WINDOW = 8_192;

const vendors = ["anthropic", "openai", "google"] as const;

/**
 * Reads the providers from env (the Worker's bindings) and a user's own keys, which replace the
 * platform's for that request. A vendor without a key is left out, which is not an error: the
 * platform may run with one vendor or none. Malformed values are errors, each with what to set.
 */
export function readAiConfig(env: Readonly<Record<string, unknown>>, userKeys: UserKeys = {}): ReadAiConfigResult {
  const problems: string[] = [];
  const providers: AiConfig["providers"] = {};

  for (const id of vendors) {
    const setting = providerSettings[id];
    const userKey = clean(userKeys[id]);
    const envKey = clean(env[setting.keyEnv]);
    const baseUrl = readUrl(env, setting.baseUrlEnv, problems) ?? setting.defaultBaseUrl;
    const apiKey = userKey ?? envKey;
    if (!apiKey) continue;
    providers[id] = { id, apiKey, baseUrl, keySource: userKey ? KeySource.User : KeySource.Env };
  }

  const local = readLocal(env, problems);
  if (local) providers.local = local;

  return problems.length > 0 ? { ok: false, problems } : { ok: true, config: { providers } };
}

function readLocal(env: Readonly<Record<string, unknown>>, problems: string[]): ProviderConfig | undefined {
  const baseUrl = readUrl(env, "LOCAL_AI_BASE_URL", problems);
  const model = clean(env.LOCAL_AI_MODEL);
  const windowText = clean(env.LOCAL_AI_CONTEXT_WINDOW);
  if (!baseUrl && !model) return undefined;
  if (!baseUrl) {
    problems.push(
      "LOCAL_AI_MODEL is set but LOCAL_AI_BASE_URL is not: set it to your server's OpenAI-compatible URL, " +
        "e.g. http://localhost:11434/v1 for Ollama or http://localhost:8080/v1 for llama.cpp",
    );
    return undefined;
  }
  if (!model) {
    problems.push(
      "LOCAL_AI_BASE_URL is set but LOCAL_AI_MODEL is not: set it to a model your server serves, e.g. llama3.2",
    );
    return undefined;
  }
  const contextWindow = windowText === undefined ? DEFAULT_LOCAL_CONTEXT_WINDOW : Number(windowText);
  if (!Number.isInteger(contextWindow) || contextWindow < 1_024) {
    problems.push(`LOCAL_AI_CONTEXT_WINDOW must be a whole number of tokens of at least 1024, not "${windowText}"`);
    return undefined;
  }
  // Local servers ignore the key, but the OpenAI SDK refuses to send a request without one.
  return { id: "local", apiKey: "local", baseUrl, keySource: KeySource.Env, model, contextWindow };
}

function readUrl(env: Readonly<Record<string, unknown>>, name: string, problems: string[]): string | undefined {
  const value = clean(env[name]);
  if (value === undefined) return undefined;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    problems.push(`${name} must be an http(s) URL, not "${value}"`);
    return undefined;
  }
  return value.replace(/\/+$/, "");
}

function clean(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}
