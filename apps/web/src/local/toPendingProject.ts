import type { ProjectCan } from "../api/Project.ts";
import type { CachedProject, CreateProjectBody } from "./localDb.ts";

/**
 * What the server answers its creator, the owner of record: everything but leaving (they
 * transfer first). Replaced by the server's own answer once the creation is sent.
 */
const CREATOR_CAN: ProjectCan = {
  edit: true,
  deploy: true,
  update: true,
  manage: true,
  renameSite: true,
  grantNetwork: true,
  delete: true,
  transfer: true,
  leave: false,
  readAiUsage: true,
};

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
    can: CREATOR_CAN,
    forkedFrom: null,
    createdAt: at,
    updatedAt: at,
    cachedAt: now,
    pending: true,
  };
}
