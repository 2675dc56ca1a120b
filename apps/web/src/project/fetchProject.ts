import type { Project } from "../api/Project.ts";
import { Prefetch } from "../api/Prefetch.ts";
import { projectsApi } from "../api/projectsApi.ts";

/** The page asks for it a second or two after the prefetch; an answer older than this may be stale. */
const early = new Prefetch<Project>(10_000);

/** `GET /api/projects/:id`, answered by a prefetch of the same project moments ago when there is one. */
export function fetchProject(projectId: string, signal?: AbortSignal): Promise<Project> {
  return early.take(projectId, () => projectsApi.get(projectId, signal));
}

/**
 * The prefetched project's answer, without taking it (the IDE's own fetch still gets it),
 * or undefined when none was asked for lately.
 */
export function peekProject(projectId: string): Promise<Project> | undefined {
  return early.peek(projectId);
}

/**
 * Asks for the project while the shell and Monaco are still loading, so the IDE has it
 * when it first renders instead of a round trip later, when the main thread is free again.
 */
export function prefetchProject(projectId: string): void {
  early.start(projectId, () => projectsApi.get(projectId));
}
