import { deployments, type Database } from "@wove/db";
import { newId } from "@wove/protocol";
import { eq, sql } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { isUniqueViolation } from "../projects/isUniqueViolation.ts";
import type { ProjectRow } from "../projects/projectAccess.ts";
import { ensureSite } from "./ensureSite.ts";
import { siteUrl } from "./siteUrl.ts";

/** Concurrent deploys of one project race for the next version number; each loser tries the next. */
const MAX_ATTEMPTS = 5;

/**
 * Records a queued deployment under the next version number and hands it to the project's
 * DeployRunner: a person's deploy, or the agent's `deploy` tool (which passes its own id, so a
 * repeated step finds the deployment it asked for). The caller has checked `who` may deploy.
 */
export async function queueDeployment(
  env: Bindings,
  db: Database,
  project: ProjectRow,
  who: { userId: string; name: string } | null,
  requestUrl: string,
  id: string = newId(),
) {
  const site = await ensureSite(db, project);
  const url = siteUrl(env, site.name, requestUrl);
  const row = await insertNextVersion(db, {
    id,
    projectId: project.id,
    createdBy: who?.userId ?? null,
    site: site.name,
    url,
    log: [`Deploy of version {version} asked for by ${who?.name ?? "someone"}`],
  });
  await env.DEPLOYS.getByName(project.id).enqueue(row.id);
  return row;
}

async function insertNextVersion(db: Database, values: Omit<typeof deployments.$inferInsert, "version">) {
  for (let attempt = 1; ; attempt++) {
    const [{ next = 1 } = {}] = await db
      .select({ next: sql<number>`coalesce(max(${deployments.version}), 0) + 1` })
      .from(deployments)
      .where(eq(deployments.projectId, values.projectId));
    try {
      const log = values.log?.map((line) => line.replace("{version}", String(next)));
      const [row] = await db
        .insert(deployments)
        .values({ ...values, log, version: next })
        .returning();
      if (!row) throw new Error("insert returned no deployment");
      return row;
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}
