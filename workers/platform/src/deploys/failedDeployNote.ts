import type { Database } from "@wove/db";
import { findSite } from "./ensureSite.ts";

/**
 * The last line of a failed deploy's log: what the site serves now. Only a site that has
 * had a version go live keeps serving one; before the first success there is nothing at
 * its address, and saying otherwise sends people to a "No site here" page.
 */
export async function failedDeployNote(db: Database, projectId: string): Promise<string> {
  const site = await findSite(db, projectId);
  return site?.activeDeploymentId
    ? "The previous version stays live."
    : "No version of this site has gone live yet, so its address serves nothing until a deploy succeeds.";
}
