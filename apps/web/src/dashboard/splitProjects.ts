import type { Project } from "../api/Project.ts";

/**
 * The dashboard's two lists from the one the API pages through: projects the person
 * owns, and projects others own and share with them (directly or through a team).
 */
export function splitProjects(projects: readonly Project[], userId: string): { mine: Project[]; shared: Project[] } {
  const mine: Project[] = [];
  const shared: Project[] = [];
  for (const project of projects) (project.owner.id === userId ? mine : shared).push(project);
  return { mine, shared };
}
