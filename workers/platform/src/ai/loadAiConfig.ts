import { type AiConfig, readAiConfig, type UserKeys } from "@wove/ai";
import { ApiErrorCode } from "@wove/protocol";
import type { Bindings } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { logInfo } from "../log.ts";
import { aiMeterFor } from "./aiMeterFor.ts";
import type { SealedKey } from "./AiMeter.ts";
import { openProviderKey } from "./providerKeyCipher.ts";

/**
 * The providers one request may use: the platform's (env) and, for a signed-in person, their
 * own keys, decrypted for this request only; an own key replaces the platform's for its vendor.
 * The sealed keys come from the person's AiMeter (which reads them from Postgres once), unless
 * the caller already has them from it. Malformed AI settings are a 503 naming each variable to fix.
 */
export async function loadAiConfig(env: Bindings, userId: string | null, sealed?: SealedKey[]): Promise<AiConfig> {
  const userKeys = userId ? await openUserKeys(env, userId, sealed) : {};
  if (Object.keys(userKeys).length === 0) {
    // The platform's own config depends on the bindings alone: one object per isolate, so the
    // SDK clients built for it (createAdapters) are built once too.
    const kept = platformConfigs.get(env) ?? readConfig(env, {});
    platformConfigs.set(env, kept);
    return kept;
  }
  return readConfig(env, userKeys);
}

const platformConfigs = new WeakMap<Bindings, AiConfig>();

function readConfig(env: Bindings, userKeys: UserKeys): AiConfig {
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

async function openUserKeys(env: Bindings, userId: string, sealed?: SealedKey[]): Promise<UserKeys> {
  // Without the secret no key can have been saved, nor opened.
  const secret = env.AI_KEYS_SECRET;
  if (!secret) return {};
  const rows = sealed ?? (await aiMeterFor(env, { userId }).sealedKeys(userId));
  const keys: UserKeys = {};
  for (const row of rows) {
    const key = await openProviderKey(secret, { userId, provider: row.provider }, row.sealed);
    // A key sealed under a previous AI_KEYS_SECRET no longer opens: the platform's key serves instead.
    if (key === null) logInfo("own provider key does not open", { userId, provider: row.provider });
    else keys[row.provider] = key;
  }
  return keys;
}
