import { api } from "../api/api.ts";

/** The vendors a person can bring their own key for (the Worker's AI_PROVIDERS), as shown. */
export const KEY_PROVIDERS = [
  { id: "anthropic", label: "Anthropic", where: "console.anthropic.com → API keys" },
  { id: "openai", label: "OpenAI", where: "platform.openai.com → API keys" },
  { id: "google", label: "Google", where: "aistudio.google.com → Get API key" },
] as const;
export type KeyProvider = (typeof KEY_PROVIDERS)[number]["id"];

/** A saved key as `GET /api/ai/keys` lists it: never more than its last four characters. */
export interface SavedKey {
  provider: KeyProvider;
  /** Masked: "••••WXYZ". */
  key: string;
  updatedAt: string;
}

/** What `POST /api/ai/keys/:provider/test` found when it asked the vendor. */
export type KeyTest =
  | { provider: KeyProvider; ok: true; message: string }
  | { provider: KeyProvider; ok: false; code: string; message: string };

export const listKeys = (signal?: AbortSignal) => api<{ keys: SavedKey[] }>("/api/ai/keys", { signal });
export const saveKey = (provider: KeyProvider, apiKey: string) =>
  api<SavedKey>(`/api/ai/keys/${provider}`, { method: "PUT", body: { apiKey } });
export const removeKey = (provider: KeyProvider) => api<void>(`/api/ai/keys/${provider}`, { method: "DELETE" });
export const testKey = (provider: KeyProvider) => api<KeyTest>(`/api/ai/keys/${provider}/test`, { method: "POST" });
