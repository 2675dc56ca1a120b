import type { Deployment } from "@wove/protocol";
import type { deployments } from "@wove/db";

export type DeploymentRow = typeof deployments.$inferSelect;

/** What the API answers for a deployment; `active` says whether the site serves it now. */
export function deploymentJson(row: DeploymentRow, activeId: string | null | undefined): Deployment {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    kind: row.kind,
    url: row.url,
    site: row.site,
    active: row.id === activeId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    durationMs: row.durationMs,
    log: row.log,
  };
}
