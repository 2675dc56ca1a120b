import { deployments, projects, sites, type Database } from "@wove/db";
import { eq } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { isUniqueViolation } from "../projects/isUniqueViolation.ts";
import { createDeployer } from "./createDeployer.ts";
import type { SiteRow } from "./ensureSite.ts";
import { grantNetwork } from "./grantNetwork.ts";
import { readManifest } from "./readManifest.ts";
import { holdSiteName, isHeldForOther, releaseSiteName } from "./siteNameHolds.ts";

export type RenameResult =
  { ok: true; site: SiteRow } | { ok: false; reason: "taken" } | { ok: false; reason: "no_site" };

/**
 * Renames the project's site: the live version moves to the new name at once and the old
 * name stops answering. The old name stays the owner's for 30 days (siteNameHolds.ts), so
 * nobody else can serve their visitors at the address those visitors know. Runs in the project's
 * DeployRunner, so a deploy in progress cannot activate under the old name afterwards.
 */
export async function renameSite(env: Bindings, db: Database, projectId: string, name: string): Promise<RenameResult> {
  const [site] = await db.select().from(sites).where(eq(sites.projectId, projectId));
  if (!site) return { ok: false, reason: "no_site" };
  if (site.name === name) return { ok: true, site };
  const [project] = await db.select({ ownerId: projects.ownerId }).from(projects).where(eq(projects.id, projectId));
  if (!project) return { ok: false, reason: "no_site" };
  if (await isHeldForOther(db, name, project.ownerId)) return { ok: false, reason: "taken" };
  let renamed: SiteRow | undefined;
  try {
    [renamed] = await db
      .update(sites)
      .set({ name, updatedAt: new Date() })
      .where(eq(sites.projectId, projectId))
      .returning();
  } catch (err) {
    if (isUniqueViolation(err)) return { ok: false, reason: "taken" };
    throw err;
  }
  if (!renamed) throw new Error("the site row vanished during a rename");
  await releaseSiteName(db, name);
  await holdSiteName(db, site.name, project.ownerId);
  if (site.activeDeploymentId) {
    const [live] = await db.select().from(deployments).where(eq(deployments.id, site.activeDeploymentId));
    const manifest = await readManifest(env, live?.manifestKey ?? null);
    const deployer = createDeployer(env);
    const ignore = () => {};
    if (manifest) await deployer.activate(name, grantNetwork(manifest, renamed.network), ignore);
    await deployer.rollback(site.name, null, ignore);
  }
  return { ok: true, site: renamed };
}
