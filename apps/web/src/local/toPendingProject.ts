import type { CachedProject, CreateProjectBody } from "./localDb.ts";

/**
 * The project as the dashboard and the project page show it before the server knows it:
 * what the server will answer, guessed from the body. The server picks the slug, so the id
 * stands in for it until then.
 */
export function toPendingProject(
  body: CreateProjectBody,
  owner: { id: string; name: string },
  now: number,
): CachedProject {
  const at = new Date(now).toISOString();
  return {
    id: body.id,
    slug: body.id,
    name: body.name,
    description: body.description ?? null,
    visibility: body.visibility,
    owner: { id: owner.id, name: owner.name },
    role: "owner",
    createdAt: at,
    updatedAt: at,
    cachedAt: now,
    pending: true,
  };
}
