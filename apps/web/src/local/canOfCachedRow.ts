import { NOTHING_ALLOWED } from "@wove/protocol";
import type { ProjectCan, ProjectRole } from "../api/Project.ts";

/**
 * `can` for a project cached before the server's answers carried it (localDb version 2
 * fills them in). Editing is all such a row is needed for while offline, so only that is
 * carried over from the role it was cached with; everything else needs the server, whose
 * next answer replaces the row whole.
 */
export function canOfCachedRow(role: ProjectRole | null): ProjectCan {
  return { ...NOTHING_ALLOWED, edit: role === "owner" || role === "editor" };
}
