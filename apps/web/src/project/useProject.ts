import { projectsApi } from "../api/projectsApi.ts";
import { useResource } from "../ui/useResource.ts";

/** `GET /api/projects/:id`, reloaded when the id changes. */
export function useProject(projectId: string) {
  return useResource(`project:${projectId}`, (signal) => projectsApi.get(projectId, signal));
}
