import { checkSiteName } from "@wove/deploy";
import { deployments, sites } from "@wove/db";
import { ApiErrorCode } from "@wove/protocol";
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { createDeployer } from "../deploys/createDeployer.ts";
import { ensureSite } from "../deploys/ensureSite.ts";
import { readManifest } from "../deploys/readManifest.ts";
import { siteUrl } from "../deploys/siteUrl.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action } from "../policy/can.ts";
import { isUniqueViolation } from "../projects/isUniqueViolation.ts";
import { authorizeProject } from "../projects/projectAccess.ts";
import { siteJson } from "./getSite.ts";

export const updateSiteSchema = z.object({
  name: z
    .string()
    .trim()
    .toLowerCase()
    .superRefine((name, ctx) => {
      const problem = checkSiteName(name);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});

type Input = { out: { json: z.output<typeof updateSiteSchema> } };

/**
 * `PATCH /api/projects/:id/site`: renames the site. The live version moves to the new
 * name at once and the old name stops answering (it is free for anyone to take).
 */
export async function updateSite(c: Context<AppEnv, string, Input>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.ManageSite);
  const { name } = c.req.valid("json");
  const site = await ensureSite(db, project);
  if (name === site.name) return c.json(siteJson(site, siteUrl(c.env, name, c.req.url)));
  const taken = () => new ApiError(409, ApiErrorCode.Conflict, `The site name "${name}" is taken; choose another`);
  const [renamed] = await db
    .update(sites)
    .set({ name, updatedAt: new Date() })
    .where(eq(sites.projectId, project.id))
    .returning()
    .catch((err: unknown) => {
      throw isUniqueViolation(err) ? taken() : err;
    });
  if (!renamed) throw new Error("the site row vanished during a rename");
  if (site.activeDeploymentId) {
    const [live] = await db.select().from(deployments).where(eq(deployments.id, site.activeDeploymentId));
    const manifest = await readManifest(c.env, live?.manifestKey ?? null);
    const deployer = createDeployer(c.env);
    const ignore = () => {};
    if (manifest) await deployer.activate(name, manifest, ignore);
    await deployer.rollback(site.name, null, ignore);
  }
  return c.json(siteJson(renamed, siteUrl(c.env, name, c.req.url)));
}
