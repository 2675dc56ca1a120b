import {
  keyTestSchema,
  savedKeyListSchema,
  savedKeySchema,
  type KeyProvider as WireKeyProvider,
  type KeyTest,
  type SavedKey,
} from "@wove/protocol";
import { api } from "../api/api.ts";

/** The vendors a person can bring their own key for (the Worker's AI_PROVIDERS), as shown. */
export const KEY_PROVIDERS = [
  { id: "anthropic", label: "Anthropic", where: "console.anthropic.com → API keys" },
  { id: "openai", label: "OpenAI", where: "platform.openai.com → API keys" },
  { id: "google", label: "Google", where: "aistudio.google.com → Get API key" },
] as const satisfies ReadonlyArray<{ id: KeyProvider; label: string; where: string }>;
export type KeyProvider = WireKeyProvider;

export type { KeyTest, SavedKey };

export const listKeys = (signal?: AbortSignal) => api("/api/ai/keys", { signal, schema: savedKeyListSchema });
export const saveKey = (provider: KeyProvider, apiKey: string) =>
  api(`/api/ai/keys/${provider}`, { method: "PUT", body: { apiKey }, schema: savedKeySchema });
export const removeKey = (provider: KeyProvider) => api<void>(`/api/ai/keys/${provider}`, { method: "DELETE" });
export const testKey = (provider: KeyProvider) =>
  api(`/api/ai/keys/${provider}/test`, { method: "POST", schema: keyTestSchema });
