import type { DeploymentList } from "@wove/protocol";
import { deployments } from "@wove/db";
import { desc, eq } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { deploymentJson } from "../deploys/deploymentJson.ts";
import { findSite } from "../deploys/ensureSite.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

/** The newest this many; older versions stay in Postgres and can still be activated by id. */
const HISTORY_LIMIT = 100;

/** `GET /api/projects/:id/deployments`: the history, newest first, with which one is live now. */
export async function listDeployments(c: Context<AppEnv>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.ReadDeployments);
  const [site, rows] = await Promise.all([
    findSite(db, project.id),
    db
      .select()
      .from(deployments)
      .where(eq(deployments.projectId, project.id))
      .orderBy(desc(deployments.version))
      .limit(HISTORY_LIMIT),
  ]);
  return c.json({
    site: site ? { name: site.name, activeDeploymentId: site.activeDeploymentId } : null,
    deployments: rows.map((row) => deploymentJson(row, site?.activeDeploymentId)),
  } satisfies DeploymentList);
}
