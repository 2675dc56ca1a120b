import type { Site } from "@wove/protocol";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { defaultSiteNameOf, ensureSite, findSite } from "../deploys/ensureSite.ts";
import { siteUrl } from "../deploys/siteUrl.ts";
import { Action, can } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

/**
 * `GET /api/projects/:id/site`: the site's name, URL, live deployment and network grant. The name is
 * made on an editor's first ask; anyone else (a viewer, a visitor of a public project)
 * gets the name it would have (unless another project takes it first), and nothing is
 * written on their behalf.
 */
export async function getSite(c: Context<AppEnv>): Promise<Response> {
  const { project, role, actor, db } = await authorizeProject(c, Action.ReadDeployments);
  const existing = await findSite(db, project.id);
  if (existing) return c.json(siteJson(existing, siteUrl(c.env, existing.name, c.req.url)));
  if (can(actor, Action.Deploy, { visibility: project.visibility, role }).ok) {
    const site = await ensureSite(db, project);
    return c.json(siteJson(site, siteUrl(c.env, site.name, c.req.url)));
  }
  const name = await defaultSiteNameOf(db, project);
  return c.json(siteJson({ name, activeDeploymentId: null, network: false }, siteUrl(c.env, name, c.req.url)));
}

/** `network`: whether the owner granted the site's Worker outbound network (through the gateway). */
export function siteJson(
  site: { name: string; activeDeploymentId: string | null; network: boolean },
  url: string,
): Site {
  return { name: site.name, url, activeDeploymentId: site.activeDeploymentId, network: site.network };
}
