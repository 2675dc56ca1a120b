import { deployments, sites, type Database } from "@wove/db";
import { and, eq } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { createDeployer } from "./createDeployer.ts";
import { findSite } from "./ensureSite.ts";
import { grantNetwork } from "./grantNetwork.ts";
import { readManifest } from "./readManifest.ts";

export type ActivateResult =
  | { ok: true; site: string }
  | { ok: false; reason: "not_live"; version: number; status: string }
  | { ok: false; reason: "not_found" };

/**
 * Points the project's site at a version that went live before (instant rollback, or roll
 * forward). Nothing is rebuilt: the site moves to that version's recorded manifest, whose
 * artifacts are still stored. Runs in the project's DeployRunner, so it never interleaves
 * with a deploy's activation, health check or automatic rollback.
 */
export async function activateVersion(
  env: Bindings,
  db: Database,
  projectId: string,
  deploymentId: string,
): Promise<ActivateResult> {
  const [row] = await db
    .select()
    .from(deployments)
    .where(and(eq(deployments.projectId, projectId), eq(deployments.id, deploymentId)));
  if (!row) return { ok: false, reason: "not_found" };
  const manifest = row.status === "live" ? await readManifest(env, row.manifestKey) : null;
  if (!manifest) return { ok: false, reason: "not_live", version: row.version, status: row.status };
  // A deployment exists, so its site row does (createDeployment made it first).
  const site = await findSite(db, projectId);
  if (!site) throw new Error(`project ${projectId} has deployments but no site row`);
  await createDeployer(env).activate(site.name, grantNetwork(manifest, site.network), () => {});
  await db
    .update(sites)
    .set({ activeDeploymentId: row.id, updatedAt: new Date() })
    .where(eq(sites.projectId, projectId));
  return { ok: true, site: site.name };
}
