import { projects, sites, type Database } from "@wove/db";
import { eq } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { createDeployer } from "./createDeployer.ts";
import { holdSiteName } from "./siteNameHolds.ts";

/**
 * A deleted project's site: it stops answering at once (the deployer serves nothing under
 * its name), its site row goes, and the name is held for the owner for 30 days so nobody
 * else can take over the address its visitors know.
 */
export async function takeSiteDown(env: Bindings, db: Database, projectId: string): Promise<void> {
  const [site] = await db.select().from(sites).where(eq(sites.projectId, projectId));
  if (!site) return;
  const [project] = await db.select({ ownerId: projects.ownerId }).from(projects).where(eq(projects.id, projectId));
  await createDeployer(env).rollback(site.name, null, () => {});
  await db.delete(sites).where(eq(sites.projectId, projectId));
  if (project) await holdSiteName(db, site.name, project.ownerId);
}
