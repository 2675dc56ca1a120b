import { ApiErrorCode } from "@wove/protocol";
import { deployments, type Database } from "@wove/db";
import { and, eq } from "drizzle-orm";
import { ApiError } from "../errors/ApiError.ts";
import type { DeploymentRow } from "./deploymentJson.ts";

/** A deployment of this project, or 404: an id from another project grants nothing here. */
export async function findDeployment(db: Database, projectId: string, id: string): Promise<DeploymentRow> {
  const [row] = await db
    .select()
    .from(deployments)
    .where(and(eq(deployments.projectId, projectId), eq(deployments.id, id)));
  if (!row) throw new ApiError(404, ApiErrorCode.NotFound, "No such deployment of this project");
  return row;
}
