import { DESCRIPTION_MAX, NAME_MAX } from "../api/Project.ts";
import type { NewProject } from "../api/projectsApi.ts";

export interface Issue {
  path: string;
  message: string;
}

/**
 * What the server would refuse in a new project, in its words and `details` shape, checked
 * before a create is queued offline: the form can still say so beside the field, where a
 * refusal found later could only be shown on the dashboard.
 */
export function checkNewProject(body: NewProject): Issue[] {
  const issues: Issue[] = [];
  const name = body.name.trim();
  if (name.length === 0) issues.push({ path: "name", message: "Name is required" });
  if (name.length > NAME_MAX) issues.push({ path: "name", message: `Name is at most ${NAME_MAX} characters` });
  if ((body.description?.trim().length ?? 0) > DESCRIPTION_MAX) {
    issues.push({ path: "description", message: `Description is at most ${DESCRIPTION_MAX} characters` });
  }
  return issues;
}
