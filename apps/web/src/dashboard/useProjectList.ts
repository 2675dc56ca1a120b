import { projectsApi, type ProjectFilter } from "../api/projectsApi.ts";
import { useAction } from "../ui/useAction.ts";
import { useResource } from "../ui/useResource.ts";
import { appendPage } from "./appendPage.ts";

/**
 * One of the dashboard's lists (`owned` or `shared`), first page on load and more with
 * `loadMore` (by `nextCursor`). Each list pages on its own, so an empty one is really empty.
 */
export function useProjectList(userId: string, filter: ProjectFilter) {
  const { state, reload, set } = useResource(`projects:${userId}:${filter}`, (signal) =>
    projectsApi.list(filter, null, signal),
  );
  const more = useAction((cursor: string) => projectsApi.list(filter, cursor));

  const loadMore = async () => {
    if (state.status !== "ready" || !state.data.nextCursor) return;
    const shown = state.data.projects;
    const result = await more.run(state.data.nextCursor);
    if (result.ok) set({ projects: appendPage(shown, result.value.projects), nextCursor: result.value.nextCursor });
  };

  return { state, reload, loadMore, loadingMore: more.pending, loadMoreError: more.error };
}
