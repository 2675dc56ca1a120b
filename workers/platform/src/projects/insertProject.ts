import { projectMembers, projects, type Database, type Visibility } from "@wove/db";
import { newId } from "@wove/protocol";
import { and, eq, isNull, like } from "drizzle-orm";
import type { ProjectRow } from "./projectAccess.ts";
import { firstFreeSlug, slugify } from "./slugify.ts";

/**
 * Creates a project owned by `ownerId`, with the first slug of its name free for them, and its
 * owner's membership, in one transaction. Two creations can race for one slug (or one chosen
 * id): the loser's unique violation is thrown for the caller to try again or answer.
 */
export async function insertProject(
  db: Database,
  ownerId: string,
  values: { id?: string; name: string; description?: string; visibility: Visibility },
): Promise<ProjectRow> {
  const id = values.id ?? newId();
  const slug = await freeSlugFor(db, ownerId, slugify(values.name));
  const project = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(projects)
      .values({
        id,
        ownerId,
        slug,
        name: values.name,
        description: values.description ?? "",
        visibility: values.visibility,
      })
      .returning();
    await tx.insert(projectMembers).values({ projectId: id, userId: ownerId, role: "owner" });
    return created;
  });
  if (!project) throw new Error("insert returned no project");
  return project;
}

/** A slug for `ownerId` starting from `base` that no live project of theirs holds. */
export async function freeSlugFor(db: Database, ownerId: string, base: string): Promise<string> {
  const rows = await db
    .select({ slug: projects.slug })
    .from(projects)
    .where(and(eq(projects.ownerId, ownerId), isNull(projects.deletedAt), like(projects.slug, `${base}%`)));
  return firstFreeSlug(base, new Set(rows.map((r) => r.slug)));
}
