import { projectsApi } from "../api/projectsApi.ts";
import { useAction } from "../ui/useAction.ts";
import { useResource } from "../ui/useResource.ts";
import { appendPage } from "./appendPage.ts";

/** The caller's projects, first page on load and more with `loadMore` (by `nextCursor`). */
export function useProjectList(userId: string) {
  const { state, reload, set } = useResource(`projects:${userId}`, (signal) => projectsApi.list(null, signal));
  const more = useAction((cursor: string) => projectsApi.list(cursor));

  const loadMore = async () => {
    if (state.status !== "ready" || !state.data.nextCursor) return;
    const shown = state.data.projects;
    const result = await more.run(state.data.nextCursor);
    if (result.ok) set({ projects: appendPage(shown, result.value.projects), nextCursor: result.value.nextCursor });
  };

  return { state, reload, loadMore, loadingMore: more.pending, loadMoreError: more.error };
}
