import { deployments, sites, type Database } from "@wove/db";
import { eq } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { createDeployer } from "./createDeployer.ts";
import type { SiteRow } from "./ensureSite.ts";
import { grantNetwork } from "./grantNetwork.ts";
import { readManifest } from "./readManifest.ts";

/**
 * Records the owner's network grant and applies it to the live version at once: its
 * manifest is activated again under the new grant (locally a new pointer, so the next
 * request runs in an isolate with, or without, the gateway; on Workers for Platforms the
 * script is uploaded again). Runs in the project's DeployRunner, after any deploy in
 * progress, which read the grant when it started.
 */
export async function setSiteNetwork(
  env: Bindings,
  db: Database,
  projectId: string,
  network: boolean,
): Promise<SiteRow | null> {
  const [site] = await db
    .update(sites)
    .set({ network, updatedAt: new Date() })
    .where(eq(sites.projectId, projectId))
    .returning();
  if (!site) return null;
  if (site.activeDeploymentId) {
    const [live] = await db.select().from(deployments).where(eq(deployments.id, site.activeDeploymentId));
    const manifest = await readManifest(env, live?.manifestKey ?? null);
    if (manifest?.worker) await createDeployer(env).activate(site.name, grantNetwork(manifest, network), () => {});
  }
  return site;
}
