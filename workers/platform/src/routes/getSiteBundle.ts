import { artifactKey } from "@wove/deploy";
import { ApiErrorCode } from "@wove/protocol";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { isSameSecret } from "../auth/isSameSecret.ts";
import { ApiError } from "../errors/ApiError.ts";
import { SITE_HOST_KEY_HEADER } from "../siteHost/siteHostRequest.ts";

/**
 * `GET /api/site-host/bundles/:hash`: a deployed Worker's bundle, for the local site host
 * (siteHost/SiteHost.ts) loading an isolate that is not warm. It answers only to the
 * launcher's per-start key (SITE_HOST_KEY); without one (production, the test pool) it
 * does not exist. Deployed code cannot ask either way: the gateway refuses the platform's
 * own hosts.
 */
export async function getSiteBundle(c: Context<AppEnv>): Promise<Response> {
  const hash = c.req.param("hash") ?? "";
  const allowed = await isSameSecret(c.env.SITE_HOST_KEY, c.req.header(SITE_HOST_KEY_HEADER));
  const object = allowed && /^[0-9a-f]{64}$/.test(hash) ? await c.env.BLOBS.get(artifactKey(hash)) : null;
  if (!object) throw new ApiError(404, ApiErrorCode.NotFound, "No such bundle");
  return new Response(object.body, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
}
