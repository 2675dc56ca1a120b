import { projects } from "@wove/db";
import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { Action } from "../policy/can.ts";
import { tellRooms } from "../projects/bumpAccess.ts";
import { authorizeProject, toProjectJson } from "../projects/projectAccess.ts";
import type { updateProjectSchema } from "../projects/schemas.ts";
import { slugify } from "../projects/slugify.ts";
import { freeSlugFor } from "../projects/insertProject.ts";

type Input = { out: { json: z.output<typeof updateProjectSchema> } };

/** `PATCH /api/projects/:id`: rename (the slug follows), describe, change visibility. */
export async function updateProject(c: Context<AppEnv, string, Input>): Promise<Response> {
  const { project, actor, db } = await authorizeProject(c, Action.UpdateProject);
  const patch = c.req.valid("json");
  const renamed = patch.name !== undefined && patch.name !== project.name;
  const slug = renamed && patch.name ? await freeSlugFor(db, project.ownerId, slugify(patch.name)) : project.slug;
  const visibilityChanged = patch.visibility !== undefined && patch.visibility !== project.visibility;
  const [updated] = await db
    .update(projects)
    .set({
      ...patch,
      slug,
      updatedAt: new Date(),
      // Who may read changed: in the same statement, so no token sees one without the other.
      ...(visibilityChanged ? { accessVersion: sql`${projects.accessVersion} + 1` } : {}),
    })
    .where(eq(projects.id, project.id))
    .returning();
  // Visitors of a project that stopped being public or unlisted lose their sockets.
  if (visibilityChanged && updated) {
    await tellRooms(c.env, db, [{ projectId: project.id, version: updated.accessVersion }]);
  }
  return c.json(await toProjectJson(db, updated ?? project, actor));
}
