import { checkSiteName } from "@wove/deploy";
import { ApiErrorCode } from "@wove/protocol";
import type { Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { ensureSite } from "../deploys/ensureSite.ts";
import { siteUrl } from "../deploys/siteUrl.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action } from "../policy/can.ts";
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
 * `PATCH /api/projects/:id/site`: renames the site. The project's DeployRunner does it
 * (`renameSite`), after any deploy in progress: the live version moves to the new name at
 * once and the old name stops answering.
 */
export async function updateSite(c: Context<AppEnv, string, Input>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.ManageSite);
  const { name } = c.req.valid("json");
  const site = await ensureSite(db, project);
  if (name === site.name) return c.json(siteJson(site, siteUrl(c.env, name, c.req.url)));
  const result = await c.env.DEPLOYS.getByName(project.id).renameSite(project.id, name);
  if (!result.ok && result.reason === "taken")
    throw new ApiError(409, ApiErrorCode.Conflict, `The site name "${name}" is taken; choose another`);
  if (!result.ok) throw new Error("the site row vanished during a rename");
  return c.json(siteJson(result.site, siteUrl(c.env, name, c.req.url)));
}
