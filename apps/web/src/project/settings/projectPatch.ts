import type { ProjectPatch } from "../../api/projectsApi.ts";
import type { Project } from "../../api/Project.ts";

export interface ProjectDraft {
  name: string;
  description: string;
  visibility: Project["visibility"];
}

/** The PATCH body for what changed in the settings form, or null when nothing did. */
export function projectPatch(project: Project, draft: ProjectDraft): ProjectPatch | null {
  const patch: ProjectPatch = {};
  const name = draft.name.trim();
  const description = draft.description.trim();
  if (name !== project.name) patch.name = name;
  if (description !== (project.description ?? "")) patch.description = description;
  if (draft.visibility !== project.visibility) patch.visibility = draft.visibility;
  return Object.keys(patch).length > 0 ? patch : null;
}
