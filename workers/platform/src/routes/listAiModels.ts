import { listModels, ModelKind } from "@wove/ai";
import type { Context } from "hono";
import { loadAiConfig } from "../ai/loadAiConfig.ts";
import type { AppEnv } from "../AppEnv.ts";

const HINT =
  "No AI provider is configured. Whoever runs this platform can set ANTHROPIC_API_KEY, OPENAI_API_KEY or " +
  "GOOGLE_API_KEY (or LOCAL_AI_BASE_URL and LOCAL_AI_MODEL for a local server); or add your own provider key " +
  "in Settings (/settings).";

/**
 * `GET /api/ai/models`: the models the caller can pick, `{models, auto}`, plus a `hint` when
 * there are none. Anyone may ask: signed out, the list is the platform's own providers (what a
 * visitor would get after signing in); signed in, their own keys are added and replace the
 * platform's for that vendor (`keySource: "user"`). Keys never appear, only where they come from.
 */
export async function listAiModels(c: Context<AppEnv>): Promise<Response> {
  const actor = await c.get("actor")();
  const userId = actor.kind === "user" ? actor.userId : null;
  const models = listModels(await loadAiConfig(c.env, userId));
  const auto = models.some((model) => model.kind === ModelKind.Text);
  return c.json({ models, auto, ...(models.length === 0 ? { hint: HINT } : {}) }, 200, { "Cache-Control": "no-store" });
}
