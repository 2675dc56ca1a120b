import { ApiErrorCode } from "@wove/protocol";
import type { Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { packageSourceFor } from "../npm/packageSourceFor.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

const nameSchema = z.string().regex(/^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i, "not an npm package name");

/**
 * `GET /api/projects/:id/npm/packuments/:name`: the registry's install document for a
 * package (NPM_REGISTRY_URL, cached in R2), for the preview, which resolves package.json
 * in the browser with the same code a deploy runs (`resolveProject`). Anyone who can read
 * the project may ask; a registry that cannot be reached is 503, an unknown package 404.
 */
export async function getPackument(c: Context<AppEnv>): Promise<Response> {
  await authorizeProject(c, Action.ReadProject);
  const name = nameSchema.safeParse(decodeURIComponent(c.req.param("name") ?? ""));
  if (!name.success)
    throw new ApiError(400, ApiErrorCode.ValidationFailed, "Name an npm package: /npm/packuments/<name>");
  try {
    const packument = await packageSourceFor(c.env).packument(name.data);
    // Fresh enough for a preview session; a new version shows within the minute.
    return c.json(packument, 200, { "Cache-Control": "private, max-age=60" });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/has no package/.test(message)) throw new ApiError(404, ApiErrorCode.NotFound, message);
    throw new ApiError(503, ApiErrorCode.Unavailable, message);
  }
}
