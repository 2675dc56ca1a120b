import type { ProviderId } from "./ProviderId.ts";

interface ProviderSetting {
  label: string;
  /** The env var holding the platform's key; local servers have none. */
  keyEnv?: string;
  baseUrlEnv: string;
  /** Passed to the SDK explicitly, so an SDK never picks a base URL from `process.env` itself. */
  defaultBaseUrl?: string;
}

/** How each provider is named to people and configured from env. */
export const providerSettings = {
  anthropic: {
    label: "Anthropic",
    keyEnv: "ANTHROPIC_API_KEY",
    baseUrlEnv: "ANTHROPIC_BASE_URL",
    defaultBaseUrl: "https://api.anthropic.com",
  },
  openai: {
    label: "OpenAI",
    keyEnv: "OPENAI_API_KEY",
    baseUrlEnv: "OPENAI_BASE_URL",
    defaultBaseUrl: "https://api.openai.com/v1",
  },
  google: {
    label: "Google",
    keyEnv: "GOOGLE_API_KEY",
    baseUrlEnv: "GOOGLE_BASE_URL",
    defaultBaseUrl: "https://generativelanguage.googleapis.com",
  },
  local: {
    label: "Local model server",
    baseUrlEnv: "LOCAL_AI_BASE_URL",
  },
} as const satisfies Record<ProviderId, ProviderSetting>;
