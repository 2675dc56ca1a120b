import { NOTHING_ALLOWED } from "@wove/protocol";
import type { Project } from "../api/Project.ts";

/** A Project for tests of the pure helpers that take them. */
export function fakeProject(id: string, ownerId: string, patch: Partial<Project> = {}): Project {
  return {
    id,
    slug: id,
    name: `Project ${id}`,
    description: null,
    visibility: "private",
    owner: { id: ownerId, name: ownerId },
    role: null,
    can: NOTHING_ALLOWED,
    forkedFrom: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...patch,
  };
}
