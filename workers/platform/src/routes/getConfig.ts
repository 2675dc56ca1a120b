import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";

/** `GET /api/config`: what the web app needs to know of this platform's setup. */
export function getConfig(c: Context<AppEnv>): Response {
  return c.json({
    github: Boolean(c.env.GITHUB_CLIENT_ID && c.env.GITHUB_CLIENT_SECRET),
    mode: c.env.WOVE_MODE === "local" ? "local" : "production",
  });
}
