import type { Project } from "../api/Project.ts";
import { projectsApi } from "../api/projectsApi.ts";

/** A project asked for before its page needed it (prefetchProject), taken by the first fetch. */
let early: { projectId: string; project: Promise<Project>; at: number } | undefined;
/** The page asks for it a second or two after the prefetch; an answer older than this may be stale. */
const EARLY_PROJECT_MAX_AGE_MS = 10_000;

/** `GET /api/projects/:id`, answered by a prefetch of the same project moments ago when there is one. */
export function fetchProject(projectId: string, signal?: AbortSignal): Promise<Project> {
  const prefetched = early;
  early = undefined;
  if (prefetched?.projectId === projectId && Date.now() - prefetched.at < EARLY_PROJECT_MAX_AGE_MS) {
    // A failed prefetch is asked again, so the answer (or the error) the page acts on is current.
    return prefetched.project.catch(() => projectsApi.get(projectId, signal));
  }
  return projectsApi.get(projectId, signal);
}

/**
 * The prefetched project's answer, without taking it (the IDE's own fetch still gets it),
 * or undefined when none was asked for lately.
 */
export function peekProject(projectId: string): Promise<Project> | undefined {
  if (early?.projectId !== projectId || Date.now() - early.at >= EARLY_PROJECT_MAX_AGE_MS) return undefined;
  return early.project;
}

/**
 * Asks for the project while the shell and Monaco are still loading, so the IDE has it
 * when it first renders instead of a round trip later, when the main thread is free again.
 */
export function prefetchProject(projectId: string): void {
  const project = projectsApi.get(projectId);
  project.catch(() => {});
  early = { projectId, project, at: Date.now() };
}
