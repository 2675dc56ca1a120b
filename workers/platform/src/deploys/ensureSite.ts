import { checkSiteName, defaultSiteName, numberedSiteName } from "@wove/deploy";
import { sites, user, type Database } from "@wove/db";
import { eq } from "drizzle-orm";
import type { ProjectRow } from "../projects/projectAccess.ts";
import { isHeldForOther, releaseSiteName } from "./siteNameHolds.ts";

export type SiteRow = typeof sites.$inferSelect;

/** Tries `<name>`, `<name>-2`, … this many times before giving up on the default. */
const MAX_ATTEMPTS = 20;

/**
 * The project's site row, made on first use under `<project-slug>-<owner>` (numbered when
 * another project has that name, or it is held for someone else: siteNameHolds.ts). Two
 * first uses at once both end with the one row.
 */
export async function ensureSite(db: Database, project: ProjectRow): Promise<SiteRow> {
  const existing = await findSite(db, project.id);
  if (existing) return existing;
  const base = await defaultSiteNameOf(db, project);
  for (let n = 1; n <= MAX_ATTEMPTS; n++) {
    const name = n === 1 ? base : numberedSiteName(base, n);
    if (checkSiteName(name) || (await isHeldForOther(db, name, project.ownerId))) continue;
    const [created] = await db.insert(sites).values({ projectId: project.id, name }).onConflictDoNothing().returning();
    if (created) {
      await releaseSiteName(db, name);
      return created;
    }
    // Either the name is taken or a concurrent first use made our row.
    const raced = await findSite(db, project.id);
    if (raced) return raced;
  }
  throw new Error(`no free site name after ${MAX_ATTEMPTS} tries from ${base}`);
}

/** `<project-slug>-<owner>`: the name a project's site gets on first use, unless taken. */
export async function defaultSiteNameOf(db: Database, project: ProjectRow): Promise<string> {
  const [owner] = await db.select({ name: user.name }).from(user).where(eq(user.id, project.ownerId));
  return defaultSiteName(project.slug, owner?.name ?? "");
}

export async function findSite(db: Database, projectId: string): Promise<SiteRow | undefined> {
  const [row] = await db.select().from(sites).where(eq(sites.projectId, projectId));
  return row;
}
