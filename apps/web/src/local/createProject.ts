import { newId } from "@wove/protocol";
import { ApiRequestError } from "../api/ApiRequestError.ts";
import type { Project } from "../api/Project.ts";
import { projectsApi, type NewProject } from "../api/projectsApi.ts";
import { cacheProject } from "./cacheProject.ts";
import { checkNewProject } from "./checkNewProject.ts";
import { isUnreachable } from "./isUnreachable.ts";
import type { CreateProjectBody } from "./localDb.ts";
import { queueProject } from "./queueProject.ts";

export interface CreatedProject {
  project: Project;
  /** True when the server has not got it yet: it waits in the outbox. */
  queued: boolean;
}

export interface CreateProjectOptions {
  /** `navigator.onLine` in the app. */
  online?: boolean;
  /** `projectsApi.create` in the app. */
  send?: (body: CreateProjectBody) => Promise<Project>;
}

/**
 * Creates a project whether or not the server can be reached. The id is chosen here, so a
 * project made offline opens at once (its document lives in IndexedDB under that id) and
 * keeps the id when the server learns of it. With no answer from the server, the project
 * is saved on this device and its create queued; if the server did create it and only the
 * answer was lost, the queued create is answered 200 with the same project.
 */
export async function createProject(
  input: Omit<NewProject, "id">,
  owner: { id: string; name: string },
  { online = navigator.onLine, send = projectsApi.create }: CreateProjectOptions = {},
): Promise<CreatedProject> {
  const body: CreateProjectBody = { ...input, id: newId() };
  if (online) {
    try {
      const project = await send(body);
      await cacheProject(project).catch((err: unknown) => console.warn("Could not save the project offline", err));
      return { project, queued: false };
    } catch (err) {
      if (!isUnreachable(err)) throw err;
    }
  }
  const issues = checkNewProject(body);
  if (issues.length > 0) {
    throw new ApiRequestError(400, "validation_failed", "Fix the fields marked below.", issues);
  }
  return { project: await queueProject(body, owner), queued: true };
}
