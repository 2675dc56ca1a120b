import { type AiConfig, readAiConfig, type UserKeys } from "@wove/ai";
import { type Database, providerKeys } from "@wove/db";
import { ApiErrorCode } from "@wove/protocol";
import { eq } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { logInfo } from "../log.ts";
import { openProviderKey } from "./providerKeyCipher.ts";

/**
 * The providers one request may use: the platform's (env) and, for a signed-in person, their
 * own keys, decrypted for this request only; an own key replaces the platform's for its vendor.
 * Malformed AI settings are a 503 naming each variable to fix.
 */
export async function loadAiConfig(env: Bindings, db: Database, userId: string | null): Promise<AiConfig> {
  const userKeys = userId ? await readUserKeys(env, db, userId) : {};
  // readAiConfig reads the AI settings by name from any record of bindings.
  const result = readAiConfig({ ...env }, userKeys);
  if (!result.ok) {
    throw new ApiError(
      503,
      ApiErrorCode.Unavailable,
      `AI is misconfigured on this platform: ${result.problems.join("; ")}`,
    );
  }
  return result.config;
}

async function readUserKeys(env: Bindings, db: Database, userId: string): Promise<UserKeys> {
  // Without the secret no key can have been saved, nor opened.
  const secret = env.AI_KEYS_SECRET;
  if (!secret) return {};
  const rows = await db
    .select({ provider: providerKeys.provider, sealed: providerKeys.sealed })
    .from(providerKeys)
    .where(eq(providerKeys.userId, userId));
  const keys: UserKeys = {};
  for (const row of rows) {
    const key = await openProviderKey(secret, { userId, provider: row.provider }, row.sealed);
    // A key sealed under a previous AI_KEYS_SECRET no longer opens: the platform's key serves instead.
    if (key === null) logInfo("own provider key does not open", { userId, provider: row.provider });
    else keys[row.provider] = key;
  }
  return keys;
}
