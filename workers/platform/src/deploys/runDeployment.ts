import { buildSite, DeployError, manifestKey } from "@wove/deploy";
import { createDb, deployments, sites, type Database } from "@wove/db";
import { eq } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { logError } from "../log.ts";
import { checkSiteHealth } from "./checkSiteHealth.ts";
import { createDeployer } from "./createDeployer.ts";
import { DeploymentRun } from "./DeploymentRun.ts";
import { findSite } from "./ensureSite.ts";
import { failedDeployNote } from "./failedDeployNote.ts";
import { grantNetwork } from "./grantNetwork.ts";
import { lazyBundler } from "./lazyBundler.ts";
import { readManifest } from "./readManifest.ts";
import { resolvePackages } from "./resolvePackages.ts";
import { renameSiteUrl } from "./siteUrl.ts";
import { SnapshotError, snapshotProject } from "./snapshotProject.ts";

const FINISHED = new Set(["live", "failed", "rolled_back"]);

/**
 * Takes one queued deployment to its end: snapshot, build, upload, activate, health check
 * (and rollback when it fails). Expected failures end the deployment `failed` with the
 * log saying why, and the previous version (if one ever went live) stays live. Runs again from the start when
 * the runner was interrupted; every step is idempotent.
 */
export async function runDeployment(env: Bindings, deploymentId: string): Promise<void> {
  const { db, pool } = createDb(env);
  try {
    const [row] = await db.select().from(deployments).where(eq(deployments.id, deploymentId));
    if (!row || FINISHED.has(row.status)) return;
    const run = new DeploymentRun(db, row);
    if (row.status !== "queued") run.log("Restarting after an interruption");
    try {
      await deploy(env, db, run);
    } catch (err) {
      const expected = err instanceof SnapshotError || err instanceof DeployError;
      if (!expected) logError("deploy: failed unexpectedly", err, { deploymentId });
      const reason = expected ? err.message : "an internal error; try again";
      await run.finish("failed", `Deploy failed: ${reason}. ${await failedDeployNote(db, row.projectId)}`);
    }
  } finally {
    await pool.end();
  }
}

async function deploy(env: Bindings, db: Database, run: DeploymentRun): Promise<void> {
  const { row } = run;
  run.log("Taking a snapshot of the project");
  await run.update({ status: "building" });
  const { files, snapshot, key } = await snapshotProject(env, db, row.projectId, row.id);
  run.log(`Snapshot of ${snapshot.files.length} file(s) recorded`);
  const packages = await resolvePackages(env, row.projectId, files, run);
  const result = packages
    ? await buildSite(lazyBundler, files, snapshot.settings, packages)
    : ({ ok: false, log: [] } as const);
  run.lines.push(...result.log);
  if (!result.ok) {
    await run.update({ snapshotKey: key });
    return run.finish("failed", await failedDeployNote(db, row.projectId));
  }
  const { build } = result;
  await run.update({ status: "uploading", kind: build.detection.kind, snapshotKey: key });

  const deployer = createDeployer(env);
  const site = await findSite(db, row.projectId);
  if (!site) throw new Error("the project's site row is gone");
  // The owner's grant, read from the site row here: the document's meta.deploy.network is only a hint.
  const network = site.network;
  const target = { deploymentId: row.id, version: row.version, projectId: row.projectId, site: site.name, network };
  if (build.worker) run.log(network ? "Network: granted by the owner (through the outbound gateway)" : "Network: none");
  const manifest = await deployer.upload(await deployer.prepare(target, build, run.log), run.log);
  await env.BLOBS.put(manifestKey(row.id), JSON.stringify(manifest));

  // The site may have been renamed since the deploy was asked for: activate the current name.
  const url = renameSiteUrl(row.url, site.name);
  const previousId = site.activeDeploymentId;
  const [previousRow] = previousId ? await db.select().from(deployments).where(eq(deployments.id, previousId)) : [];
  const recorded = await readManifest(env, previousRow?.manifestKey ?? null);
  const previous = recorded ? grantNetwork(recorded, network) : null;
  const activation = await deployer.activate(site.name, manifest, run.log);
  await db
    .update(sites)
    .set({ activeDeploymentId: row.id, updatedAt: new Date() })
    .where(eq(sites.projectId, row.projectId));
  await run.update({ manifestKey: manifestKey(row.id), site: site.name, url });

  // A target that names its own URL (a Pages deployment) is checked there: the platform's
  // site URL reaches it only if the operator routed DEPLOY_DOMAIN to it.
  const checked = activation.url ?? url;
  const health = await checkSiteHealth(env, deployer.name, site.name, checked);
  if (health.ok) return run.finish("live", `Health check passed (GET / answered ${health.status}). Live at ${checked}`);
  run.log(`Health check failed: ${health.detail}`);
  await deployer.rollback(site.name, previous, run.log);
  await db
    .update(sites)
    .set({ activeDeploymentId: previous ? (previousId ?? null) : null, updatedAt: new Date() })
    .where(eq(sites.projectId, row.projectId));
  await run.finish(
    "rolled_back",
    previous ? `Rolled back to version ${previous.version}` : "Taken down: no earlier version",
  );
}
