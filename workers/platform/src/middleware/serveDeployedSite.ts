import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { serveSite } from "../deploys/serveSite.ts";
import { siteFromHost } from "../deploys/siteFromHost.ts";

/**
 * First in the chain: a request for `<site>.localhost` or `<site>.<DEPLOY_DOMAIN>` is a
 * visitor of a deployed site, answered from its active deployment. It never reaches the
 * API, its session lookup or the IDE's assets.
 */
export const serveDeployedSite: MiddlewareHandler<AppEnv> = async (c, next) => {
  const host = c.req.header("host") ?? new URL(c.req.url).host;
  const site = siteFromHost(host, c.env.DEPLOY_DOMAIN ?? "");
  if (!site) return next();
  return serveSite(c.env, site, c.req.raw);
};
