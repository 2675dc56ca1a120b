import { checkSiteName } from "@wove/deploy";
import { ApiErrorCode } from "@wove/protocol";
import type { Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { ensureSite, type SiteRow } from "../deploys/ensureSite.ts";
import { siteUrl } from "../deploys/siteUrl.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";
import { siteJson } from "./getSite.ts";

export const updateSiteSchema = z
  .object({
    name: z
      .string()
      .trim()
      .toLowerCase()
      .superRefine((name, ctx) => {
        const problem = checkSiteName(name);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .optional(),
    /** The owner's grant of outbound network to the site's Worker, through the platform's gateway. */
    network: z.boolean().optional(),
  })
  .strict()
  .refine((body) => body.name !== undefined || body.network !== undefined, {
    message: "Send a new name, network (true or false), or both",
  });

type Input = { out: { json: z.output<typeof updateSiteSchema> } };

/**
 * `PATCH /api/projects/:id/site`: renames the site and/or grants or withdraws its network,
 * owner only (ManageSite). The project's DeployRunner does both, after any deploy in
 * progress: the live version moves to a new name at once and the old name stops
 * answering; a network change applies to the live version at once (setSiteNetwork.ts).
 */
export async function updateSite(c: Context<AppEnv, string, Input>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.ManageSite);
  const { name, network } = c.req.valid("json");
  const runner = c.env.DEPLOYS.getByName(project.id);
  let site: SiteRow | null = await ensureSite(db, project);
  if (name !== undefined && name !== site.name) {
    const result = await runner.renameSite(project.id, name);
    if (!result.ok && result.reason === "taken")
      throw new ApiError(409, ApiErrorCode.Conflict, `The site name "${name}" is taken; choose another`);
    if (!result.ok) throw new Error("the site row vanished during a rename");
    site = result.site;
  }
  if (network !== undefined && network !== site.network) site = await runner.setNetwork(project.id, network);
  if (!site) throw new Error("the site row vanished while its network was set");
  return c.json(siteJson(site, siteUrl(c.env, site.name, c.req.url)));
}
