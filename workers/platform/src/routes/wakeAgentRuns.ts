import type { Context } from "hono";
import { wakeAgentRuns as wake } from "../agent/wakeAgentRuns.ts";
import type { AppEnv } from "../AppEnv.ts";
import { isSameSecret } from "../auth/isSameSecret.ts";
import { notFound } from "../errors/notFound.ts";

/**
 * `POST /api/internal/agent-runs/wake`: the launcher's call once the platform is up (local
 * mode only, with the launcher's per-start key; anything else is not found). See
 * agent/wakeAgentRuns.ts for why it exists.
 */
export async function wakeAgentRuns(c: Context<AppEnv>): Promise<Response> {
  const key = c.env.LAUNCHER_KEY;
  const given = c.req.header("x-wove-launcher-key") ?? "";
  if (c.env.WOVE_MODE !== "local" || !key || !(await isSameSecret(key, given))) return notFound(c);
  return c.json(await wake(c.env));
}
