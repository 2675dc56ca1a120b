import { SITE_LIMITS } from "@wove/deploy";
import { ApiErrorCode } from "@wove/protocol";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { forwardOutbound, refused } from "../deploys/forwardOutbound.ts";
import { outboundPolicyOf } from "../deploys/SiteOutbound.ts";

/**
 * Workers for Platforms: the platform Worker is also the dispatch namespace's outbound
 * Worker (`outbound = { service = "<this Worker>", parameters = ["WOVE_OUTBOUND"] }`), so a
 * user Worker's every fetch arrives here with the dispatcher's WOVE_OUTBOUND parameter in
 * `env`, which no visitor can set. Without the owner's grant it is refused; with it, the
 * gateway's rules apply (Cloudflare counts the subrequests there). Anything else passes on.
 */
export const serveOutbound: MiddlewareHandler<AppEnv> = async (c, next) => {
  const params = c.env.WOVE_OUTBOUND;
  if (params === undefined) return next();
  if (params?.network !== true) {
    return refused(
      403,
      ApiErrorCode.Forbidden,
      `Wove's outbound gateway refused ${c.req.url}: the site's owner has not granted it network`,
    );
  }
  return forwardOutbound(c.req.raw, outboundPolicyOf(c.env), () => true, SITE_LIMITS.subRequests);
};
