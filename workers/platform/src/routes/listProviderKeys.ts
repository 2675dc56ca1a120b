import type { SavedKeyList } from "@wove/protocol";
import { providerKeys } from "@wove/db";
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { maskKey } from "../ai/maskKey.ts";
import type { AppEnv } from "../AppEnv.ts";
import { requireUser } from "../projects/projectAccess.ts";

/** `GET /api/ai/keys`: which providers the caller saved a key for, masked. Keys never come back. */
export async function listProviderKeys(c: Context<AppEnv>): Promise<Response> {
  const actor = await requireUser(c);
  const rows = await c
    .get("db")()
    .select({ provider: providerKeys.provider, last4: providerKeys.last4, updatedAt: providerKeys.updatedAt })
    .from(providerKeys)
    .where(eq(providerKeys.userId, actor.userId))
    .orderBy(providerKeys.provider);
  return c.json(
    {
      keys: rows.map((row) => ({
        provider: row.provider,
        key: maskKey(row.last4),
        updatedAt: row.updatedAt.toISOString(),
      })),
    } satisfies SavedKeyList,
    200,
    { "Cache-Control": "no-store" },
  );
}
