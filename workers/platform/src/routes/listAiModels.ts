import type { AiModels } from "@wove/protocol";
import { AiErrorCode, listModels, ModelKind, NO_MODEL_MESSAGE } from "@wove/ai";
import type { Context } from "hono";
import { adminHintFor } from "../ai/adminHintFor.ts";
import { loadAiConfig } from "../ai/loadAiConfig.ts";
import type { AppEnv } from "../AppEnv.ts";
import { logInfo } from "../log.ts";

/**
 * `GET /api/ai/models`: the models the caller can pick, `{models, auto}`, plus a `hint` when
 * there are none (for the person: the variables to set go to the log). Anyone may ask: signed out, the list is the platform's own providers (what a
 * visitor would get after signing in); signed in, their own keys are added and replace the
 * platform's for that vendor (`keySource: "user"`). Keys never appear, only where they come from.
 */
export async function listAiModels(c: Context<AppEnv>): Promise<Response> {
  const actor = await c.get("actor")();
  const userId = actor.kind === "user" ? actor.userId : null;
  const config = await loadAiConfig(c.env, userId);
  const models = listModels(config);
  const auto = models.some((model) => model.kind === ModelKind.Text);
  if (models.length === 0)
    logInfo("no AI model to offer", { hint: adminHintFor(AiErrorCode.NoModelAvailable, config) });
  return c.json({ models, auto, ...(models.length === 0 ? { hint: NO_MODEL_MESSAGE } : {}) } satisfies AiModels, 200, {
    "Cache-Control": "no-store",
  });
}
