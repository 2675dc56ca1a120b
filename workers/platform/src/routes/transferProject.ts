import { projectMembers, projects } from "@wove/db";
import { ApiErrorCode } from "@wove/protocol";
import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import type { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action } from "../policy/can.ts";
import { bumpAccess, tellRooms } from "../projects/bumpAccess.ts";
import { authorizeProject, toProjectJson } from "../projects/projectAccess.ts";
import type { transferProjectSchema } from "../projects/schemas.ts";
import { freeSlugFor } from "../projects/insertProject.ts";

type Input = { out: { json: z.output<typeof transferProjectSchema> } };

/**
 * `POST /api/projects/:id/transfer` `{userId}`: makes a member the owner of record (the
 * project moves to their namespace, keeping its slug when free); the old owner stays on
 * as an editor.
 */
export async function transferProject(c: Context<AppEnv, string, Input>): Promise<Response> {
  const { project, actor, db } = await authorizeProject(c, Action.TransferProject);
  const { userId } = c.req.valid("json");
  if (userId === project.ownerId)
    throw new ApiError(400, ApiErrorCode.ValidationFailed, "They already own this project");
  const [target] = await db
    .select()
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, project.id), eq(projectMembers.userId, userId)));
  if (!target)
    throw new ApiError(
      400,
      ApiErrorCode.ValidationFailed,
      "Add them as a member before transferring the project to them",
    );

  const slug = await freeSlugFor(db, userId, project.slug);
  const { updated, bump } = await db.transaction(async (tx) => {
    await tx.update(projectMembers).set({ role: "owner" }).where(eq(projectMembers.id, target.id));
    await tx
      .update(projectMembers)
      .set({ role: "editor" })
      .where(and(eq(projectMembers.projectId, project.id), eq(projectMembers.userId, project.ownerId)));
    const [row] = await tx
      .update(projects)
      .set({ ownerId: userId, slug, updatedAt: new Date() })
      .where(eq(projects.id, project.id))
      .returning();
    return { updated: row, bump: await bumpAccess(tx, project.id) };
  });
  // The old owner is an editor now, the new one an owner: both reconnect with those roles.
  await tellRooms(c.env, db, [bump]);
  return c.json(await toProjectJson(db, updated ?? project, actor));
}
