import { deployments, type Database } from "@wove/db";
import { newId, type StartedDeployment } from "@wove/protocol";
import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { ensureSite } from "../deploys/ensureSite.ts";
import { siteUrl } from "../deploys/siteUrl.ts";
import { Action } from "../policy/can.ts";
import { isUniqueViolation } from "../projects/isUniqueViolation.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

/** Concurrent deploys of one project race for the next version number; each loser tries the next. */
const MAX_ATTEMPTS = 5;

/**
 * `POST /api/projects/:id/deployments`: records a queued deployment under the next version
 * number and hands it to the project's DeployRunner, answering 202 at once. Poll
 * `GET …/deployments/:deploymentId` for its status and log.
 */
export async function createDeployment(c: Context<AppEnv>): Promise<Response> {
  const { project, actor, db } = await authorizeProject(c, Action.Deploy);
  const site = await ensureSite(db, project);
  const url = siteUrl(c.env, site.name, c.req.url);
  const who = actor.kind === "user" ? actor : null;
  const row = await insertNextVersion(db, {
    id: newId(),
    projectId: project.id,
    createdBy: who?.userId ?? null,
    site: site.name,
    url,
    log: [`Deploy of version {version} asked for by ${who?.name ?? "someone"}`],
  });
  await c.env.DEPLOYS.getByName(project.id).enqueue(row.id);
  return c.json(
    { deployment: { id: row.id, status: row.status, url: row.url, version: row.version } } satisfies StartedDeployment,
    202,
  );
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
