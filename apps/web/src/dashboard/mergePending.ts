import type { Project } from "../api/Project.ts";
import type { PendingProject } from "../local/joinPending.ts";

export interface ListedProject {
  project: Project;
  /** Set for a project created on this device and not yet on the server. */
  pending?: PendingProject;
}

/**
 * A list's cards: projects not yet on the server first (they are the newest), then the
 * server's. A project the server lists is shown as the server's, even while this device
 * still counts it as pending (another tab sent it, or the answer was lost).
 */
export function mergePending(projects: readonly Project[], pending: readonly PendingProject[]): ListedProject[] {
  const listed = new Set(projects.map((project) => project.id));
  return [
    ...pending.filter((item) => !listed.has(item.project.id)).map((item) => ({ project: item.project, pending: item })),
    ...projects.map((project) => ({ project })),
  ];
}
