import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { ensureSite, type SiteRow } from "../deploys/ensureSite.ts";
import { siteUrl } from "../deploys/siteUrl.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

/** `GET /api/projects/:id/site`: the site's name, URL and live deployment (the name is made on first ask). */
export async function getSite(c: Context<AppEnv>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.ReadDeployments);
  const site = await ensureSite(db, project);
  return c.json(siteJson(site, siteUrl(c.env, site.name, c.req.url)));
}

export function siteJson(site: SiteRow, url: string) {
  return { name: site.name, url, activeDeploymentId: site.activeDeploymentId };
}
