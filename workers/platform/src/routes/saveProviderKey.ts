import type { SavedKey } from "@wove/protocol";
import { providerKeys } from "@wove/db";
import type { Context } from "hono";
import { z } from "zod";
import { maskKey } from "../ai/maskKey.ts";
import { sealProviderKey } from "../ai/providerKeyCipher.ts";
import { requireKeysSecret } from "../ai/requireKeysSecret.ts";
import { aiMeterFor } from "../ai/aiMeterFor.ts";
import type { AppEnv } from "../AppEnv.ts";
import { requireUser } from "../projects/projectAccess.ts";
import { readProvider } from "../ai/readProvider.ts";

export const saveProviderKeySchema = z.object({
  apiKey: z
    .string()
    .trim()
    .min(8, "That is too short to be a provider's API key")
    .max(512, "That is too long to be a provider's API key")
    .regex(/^[\x21-\x7e]+$/, "An API key has no spaces or special characters: paste it again"),
});

type Input = { out: { json: z.output<typeof saveProviderKeySchema> } };

/**
 * `PUT /api/ai/keys/:provider` `{apiKey}`: saves the caller's own key for a provider
 * (anthropic, openai, google), encrypted; answers it masked. Used only for their requests.
 */
export async function saveProviderKey(c: Context<AppEnv, string, Input>): Promise<Response> {
  const actor = await requireUser(c);
  const provider = readProvider(c.req.param("provider"));
  const secret = requireKeysSecret(c.env);
  const { apiKey } = c.req.valid("json");
  const sealed = await sealProviderKey(secret, { userId: actor.userId, provider }, apiKey);
  const row = { userId: actor.userId, provider, sealed, last4: apiKey.slice(-4), updatedAt: new Date() };
  await c
    .get("db")()
    .insert(providerKeys)
    .values(row)
    .onConflictDoUpdate({
      target: [providerKeys.userId, providerKeys.provider],
      set: { sealed, last4: row.last4, updatedAt: row.updatedAt },
    });
  // The meter keeps the sealed keys for the chat route: it must read them again.
  await aiMeterFor(c.env, { userId: actor.userId }).forgetKeys();
  return c.json({ provider, key: maskKey(row.last4), updatedAt: row.updatedAt.toISOString() } satisfies SavedKey, 200, {
    "Cache-Control": "no-store",
  });
}
