import * as z from "zod/mini";

/**
 * The AI routes' answers that the web app reads outside the chat stream: the models on
 * offer and a person's own provider keys (see Project.ts for why they live here).
 */

/** A model as `GET /api/ai/models` lists it (packages/ai `ModelInfo`; fields the panel uses). */
export const aiModelSchema = z.object({
  /** `"<provider>:<model>"`: what to send as the choice. */
  id: z.string(),
  provider: z.string(),
  model: z.string(),
  label: z.optional(z.string()),
  contextWindow: z.number(),
  maxOutputTokens: z.number(),
  price: z.nullable(z.object({ inputPerMTok: z.number(), outputPerMTok: z.number() })),
  keySource: z.enum(["env", "user"]),
});
export type AiModel = z.infer<typeof aiModelSchema>;

/** The body of `GET /api/ai/models`. */
export const aiModelsSchema = z.object({
  models: z.array(aiModelSchema),
  /** Whether "auto" (Wove picks per task) can serve anything. */
  auto: z.boolean(),
  /** When nothing is configured: what to set, or where to add a key. */
  hint: z.optional(z.string()),
});
export type AiModels = z.infer<typeof aiModelsSchema>;

/** The vendors a person can bring their own key for (the Worker's AI_PROVIDERS). */
export const keyProviderSchema = z.enum(["anthropic", "openai", "google"]);
export type KeyProvider = z.infer<typeof keyProviderSchema>;

/** A saved key as `GET /api/ai/keys` lists it and `PUT /api/ai/keys/:provider` answers: never more than its last four characters. */
export const savedKeySchema = z.object({
  provider: keyProviderSchema,
  /** Masked: "••••WXYZ". */
  key: z.string(),
  updatedAt: z.string(),
});
export type SavedKey = z.infer<typeof savedKeySchema>;

export const savedKeyListSchema = z.object({ keys: z.array(savedKeySchema) });
export type SavedKeyList = z.infer<typeof savedKeyListSchema>;

/** What `POST /api/ai/keys/:provider/test` found when it asked the vendor. */
export const keyTestSchema = z.union([
  z.object({ provider: keyProviderSchema, ok: z.literal(true), message: z.string() }),
  z.object({ provider: keyProviderSchema, ok: z.literal(false), code: z.string(), message: z.string() }),
]);
export type KeyTest = z.infer<typeof keyTestSchema>;
