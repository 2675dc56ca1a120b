import type { StartedDeployment } from "@wove/protocol";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { queueDeployment } from "../deploys/queueDeployment.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

/**
 * `POST /api/projects/:id/deployments`: records a queued deployment under the next version
 * number and hands it to the project's DeployRunner, answering 202 at once. Poll
 * `GET …/deployments/:deploymentId` for its status and log.
 */
export async function createDeployment(c: Context<AppEnv>): Promise<Response> {
  const { project, actor, db } = await authorizeProject(c, Action.Deploy);
  const row = await queueDeployment(c.env, db, project, actor.kind === "user" ? actor : null, c.req.url);
  return c.json(
    { deployment: { id: row.id, status: row.status, url: row.url, version: row.version } } satisfies StartedDeployment,
    202,
  );
}
