import type { Project } from "../api/Project.ts";
import { projectsApi, type ProjectFilter } from "../api/projectsApi.ts";
import { cacheProjects } from "../local/cacheProject.ts";
import { useAction } from "../ui/useAction.ts";
import { useResource } from "../ui/useResource.ts";
import { appendPage } from "./appendPage.ts";
import { loadProjectList } from "./loadProjectList.ts";

/**
 * One of the dashboard's lists (`owned` or `shared`), first page on load and more with
 * `loadMore` (by `nextCursor`). Each list pages on its own, so an empty one is really empty.
 * Every page is saved on this device; with no server, the saved list is shown (`fromCache`).
 */
export function useProjectList(userId: string, filter: ProjectFilter) {
  const { state, reload, set } = useResource(`projects:${userId}:${filter}`, (signal) =>
    loadProjectList(userId, filter, signal),
  );
  const more = useAction(async (cursor: string) => {
    const page = await projectsApi.list(filter, cursor);
    await cacheProjects(page.projects).catch((err: unknown) => console.warn("Could not save projects offline", err));
    return page;
  });

  const loadMore = async () => {
    if (state.status !== "ready" || !state.data.nextCursor) return;
    const shown = state.data.projects;
    const result = await more.run(state.data.nextCursor);
    if (result.ok) {
      set({
        projects: appendPage(shown, result.value.projects),
        nextCursor: result.value.nextCursor,
        fromCache: false,
      });
    }
  };

  /** Shows projects that just reached the server (sent from the outbox) at the top. */
  const prepend = (projects: readonly Project[]) => {
    if (state.status !== "ready" || projects.length === 0) return;
    set({ ...state.data, projects: appendPage(projects, state.data.projects) });
  };

  return {
    state,
    reload,
    loadMore,
    prepend,
    loadingMore: more.pending,
    loadMoreError: more.error,
    fromCache: state.status === "ready" && state.data.fromCache,
  };
}

export type ProjectListView = ReturnType<typeof useProjectList>;
