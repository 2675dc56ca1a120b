import { sites } from "@wove/db";
import { ApiErrorCode } from "@wove/protocol";
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { createDeployer } from "../deploys/createDeployer.ts";
import { deploymentJson } from "../deploys/deploymentJson.ts";
import { ensureSite } from "../deploys/ensureSite.ts";
import { findDeployment } from "../deploys/findDeployment.ts";
import { readManifest } from "../deploys/readManifest.ts";
import { renameSiteUrl } from "../deploys/siteUrl.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

/**
 * `POST /api/projects/:id/deployments/:deploymentId/activate`: instant rollback (or roll
 * forward) to a version that went live before. Nothing is rebuilt: the site's pointer
 * moves to that version's recorded manifest, whose artifacts are still stored.
 */
export async function activateDeployment(c: Context<AppEnv>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.Deploy);
  const row = await findDeployment(db, project.id, c.req.param("deploymentId") ?? "");
  const manifest = row.status === "live" ? await readManifest(c.env, row.manifestKey) : null;
  if (!manifest) {
    throw new ApiError(
      409,
      ApiErrorCode.Conflict,
      `Version ${row.version} never went live (${row.status}); only a live version can be activated`,
    );
  }
  const site = await ensureSite(db, project);
  const log: string[] = [];
  await createDeployer(c.env).activate(site.name, manifest, (line) => log.push(line));
  await db
    .update(sites)
    .set({ activeDeploymentId: row.id, updatedAt: new Date() })
    .where(eq(sites.projectId, project.id));
  return c.json(deploymentJson({ ...row, site: site.name, url: renameSiteUrl(row.url, site.name) }, row.id));
}
