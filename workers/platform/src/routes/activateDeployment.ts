import { ApiErrorCode } from "@wove/protocol";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { deploymentJson } from "../deploys/deploymentJson.ts";
import { findDeployment } from "../deploys/findDeployment.ts";
import { renameSiteUrl } from "../deploys/siteUrl.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

/**
 * `POST /api/projects/:id/deployments/:deploymentId/activate`: instant rollback (or roll
 * forward) to a version that went live before. The project's DeployRunner does it
 * (`activateVersion`), after any deploy in progress, so the two never interleave.
 */
export async function activateDeployment(c: Context<AppEnv>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.Deploy);
  const row = await findDeployment(db, project.id, c.req.param("deploymentId") ?? "");
  const result = await c.env.DEPLOYS.getByName(project.id).activate(project.id, row.id);
  if (!result.ok && result.reason === "not_found")
    throw new ApiError(404, ApiErrorCode.NotFound, "No such deployment of this project");
  if (!result.ok) {
    throw new ApiError(
      409,
      ApiErrorCode.Conflict,
      `Version ${result.version} never went live (${result.status}); only a live version can be activated`,
    );
  }
  return c.json(deploymentJson({ ...row, site: result.site, url: renameSiteUrl(row.url, result.site) }, row.id));
}
