import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { deploymentJson } from "../deploys/deploymentJson.ts";
import { findSite } from "../deploys/ensureSite.ts";
import { findDeployment } from "../deploys/findDeployment.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

/** `GET /api/projects/:id/deployments/:deploymentId`: status, URL, version and log; poll it while a deploy runs. */
export async function getDeployment(c: Context<AppEnv>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.ReadDeployments);
  const [row, site] = await Promise.all([
    findDeployment(db, project.id, c.req.param("deploymentId") ?? ""),
    findSite(db, project.id),
  ]);
  return c.json(deploymentJson(row, site?.activeDeploymentId));
}
