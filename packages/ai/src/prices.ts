/** USD per million tokens. */
interface Price {
  inputPerMTok: number;
  outputPerMTok: number;
}

/**
 * List prices per model, keyed `"<provider>:<model>"`, in USD per million input and output
 * tokens. This is configuration: plausible list prices when written, not fetched from the
 * vendors; correct them here when a vendor changes its prices (or negotiate and enter yours).
 * A model missing from this table costs 0, which is right for local servers only, so every
 * vendor model in `modelCatalog` must have a row (a test checks it).
 */
export const prices: Readonly<Record<string, Price>> = {
  "anthropic:claude-opus-5-5": { inputPerMTok: 5, outputPerMTok: 25 },
  "anthropic:claude-sonnet-5-5": { inputPerMTok: 3, outputPerMTok: 15 },
  "anthropic:claude-haiku-5-5": { inputPerMTok: 1, outputPerMTok: 5 },
  "openai:gpt-5.5": { inputPerMTok: 1.25, outputPerMTok: 10 },
  "openai:gpt-5.4-mini": { inputPerMTok: 0.25, outputPerMTok: 2 },
  "google:gemini-pro-latest": { inputPerMTok: 1.25, outputPerMTok: 10 },
  "google:gemini-3.8-flash": { inputPerMTok: 0.3, outputPerMTok: 2.5 },
  "openai:text-embedding-3-small": { inputPerMTok: 0.02, outputPerMTok: 0 },
  "openai:text-embedding-3-large": { inputPerMTok: 0.13, outputPerMTok: 0 },
  "google:text-embedding-004": { inputPerMTok: 0.15, outputPerMTok: 0 },
};
