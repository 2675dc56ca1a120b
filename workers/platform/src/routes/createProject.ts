import { projectMembers, projects, type Database } from "@wove/db";
import { newId } from "@wove/protocol";
import { and, eq, isNull, like } from "drizzle-orm";
import type { Context } from "hono";
import type { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { isUniqueViolation } from "../projects/isUniqueViolation.ts";
import { requireUser, toProjectJson } from "../projects/projectAccess.ts";
import type { createProjectSchema } from "../projects/schemas.ts";
import { firstFreeSlug, slugify } from "../projects/slugify.ts";

/** Each lost race moves on to the next free slug; one per concurrent creation suffices. */
const MAX_ATTEMPTS = 10;

type Input = { out: { json: z.output<typeof createProjectSchema> } };

/** `POST /api/projects`: creates a project owned by the caller, with a slug unique to them. */
export async function createProject(c: Context<AppEnv, string, Input>): Promise<Response> {
  const actor = await requireUser(c);
  const body = c.req.valid("json");
  const db = c.get("db")();
  // Two creations with one name can race for a slug; the unique index decides, we retry.
  for (let attempt = 1; ; attempt++) {
    const id = newId();
    const slug = await freeSlugFor(db, actor.userId, slugify(body.name));
    try {
      const project = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(projects)
          .values({
            id,
            ownerId: actor.userId,
            slug,
            name: body.name,
            description: body.description ?? "",
            visibility: body.visibility,
          })
          .returning();
        await tx.insert(projectMembers).values({ projectId: id, userId: actor.userId, role: "owner" });
        return created;
      });
      if (!project) throw new Error("insert returned no project");
      return c.json(await toProjectJson(db, project, "owner"), 201);
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}

/** A slug for `ownerId` starting from `base` that no live project of theirs holds. */
export async function freeSlugFor(db: Database, ownerId: string, base: string): Promise<string> {
  const rows = await db
    .select({ slug: projects.slug })
    .from(projects)
    .where(and(eq(projects.ownerId, ownerId), isNull(projects.deletedAt), like(projects.slug, `${base}%`)));
  return firstFreeSlug(base, new Set(rows.map((r) => r.slug)));
}
