/**
 * The vendors the router can call. `local` is any server speaking the OpenAI chat
 * completions protocol (Ollama, llama.cpp server, vLLM), reached by base URL.
 */
export const ProviderId = {
  Anthropic: "anthropic",
  OpenAi: "openai",
  Google: "google",
  Local: "local",
} as const;

export type ProviderId = (typeof ProviderId)[keyof typeof ProviderId];
