import { providerKeys } from "@wove/db";
import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import { aiMeterFor } from "../ai/aiMeterFor.ts";
import type { AppEnv } from "../AppEnv.ts";
import { requireUser } from "../projects/projectAccess.ts";
import { readProvider } from "../ai/readProvider.ts";

/** `DELETE /api/ai/keys/:provider`: forgets the caller's key (204, also when there was none). */
export async function deleteProviderKey(c: Context<AppEnv>): Promise<Response> {
  const actor = await requireUser(c);
  const provider = readProvider(c.req.param("provider"));
  await c
    .get("db")()
    .delete(providerKeys)
    .where(and(eq(providerKeys.userId, actor.userId), eq(providerKeys.provider, provider)));
  // The meter keeps the sealed keys for the chat route: it must read them again.
  await aiMeterFor(c.env, { userId: actor.userId }).forgetKeys();
  return c.body(null, 204);
}
