import { createAdapter, KeySource, providerSettings } from "@wove/ai";
import { ApiErrorCode, type KeyTest } from "@wove/protocol";
import type { Context } from "hono";
import { loadAiConfig } from "../ai/loadAiConfig.ts";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { readProvider } from "../ai/readProvider.ts";
import { requireUser } from "../projects/projectAccess.ts";

// A models list answers in well under a second; a vendor silent this long is not working.
const CHECK_TIMEOUT_MS = 15_000;

/**
 * `POST /api/ai/keys/:provider/test`: asks the vendor, with the caller's saved key, for its
 * models list (the cheapest call: no tokens) through the real SDK, and answers
 * `{provider, ok: true}` or `{provider, ok: false, code, message}` with the vendor's refusal
 * in words. 200 either way: the test ran. The key never appears in the answer.
 */
export async function testProviderKey(c: Context<AppEnv>): Promise<Response> {
  const actor = await requireUser(c);
  const provider = readProvider(c.req.param("provider"));
  const config = await loadAiConfig(c.env, actor.userId);
  const own = config.providers[provider];
  const { label } = providerSettings[provider];
  if (own?.keySource !== KeySource.User) {
    throw new ApiError(404, ApiErrorCode.NotFound, `You have no ${label} key saved: add one, then test it`);
  }
  const signal = AbortSignal.any([c.req.raw.signal, AbortSignal.timeout(CHECK_TIMEOUT_MS)]);
  const failure = await createAdapter(own).checkKey(signal);
  const headers = { "Cache-Control": "no-store" };
  if (!failure)
    return c.json({ provider, ok: true, message: `${label} accepted the key.` } satisfies KeyTest, 200, headers);
  // The classified messages never quote a key; this makes sure of it.
  const message = failure.message.replaceAll(own.apiKey, "••••");
  return c.json({ provider, ok: false, code: failure.code, message } satisfies KeyTest, 200, headers);
}
