import type { Project } from "../api/Project.ts";

/**
 * Adds a page of projects after those already shown. A project can appear on two pages
 * when the list changed between requests; it is kept once, where it was first shown.
 */
export function appendPage(shown: readonly Project[], page: readonly Project[]): Project[] {
  const seen = new Set(shown.map((project) => project.id));
  return [...shown, ...page.filter((project) => !seen.has(project.id))];
}
