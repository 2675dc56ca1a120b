import type { ProjectFilter } from "../api/projectsApi.ts";
import type { PendingProject } from "../local/joinPending.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { Loading } from "../ui/Loading.tsx";
import { ProjectSection } from "./ProjectSection.tsx";
import type { ProjectListView } from "./useProjectList.ts";

const SECTIONS: Record<ProjectFilter, { title: string; empty: string; loading: string }> = {
  owned: {
    title: "My projects",
    empty: "You have no projects yet. Start one with New project.",
    loading: "Loading your projects…",
  },
  shared: {
    title: "Shared with me",
    empty: "Nothing is shared with you yet. Projects you are invited to show up here.",
    loading: "Loading projects shared with you…",
  },
};

/**
 * One dashboard section, paged on its own with "Load more", with the projects created on
 * this device that the server does not have yet (even when the list itself failed).
 */
export function ProjectLists({
  filter,
  list,
  pending = [],
}: {
  filter: ProjectFilter;
  list: ProjectListView;
  pending?: readonly PendingProject[];
}) {
  const { state, reload, loadMore, loadingMore, loadMoreError } = list;
  const section = SECTIONS[filter];
  if (state.status === "loading") return <Loading label={section.loading} />;
  if (state.status === "error") {
    return (
      <div className="stack">
        {pending.length > 0 ? (
          <ProjectSection title={section.title} projects={[]} pending={pending} empty={section.empty} />
        ) : (
          <h3>{section.title}</h3>
        )}
        <ErrorMessage message={state.error.message} />
        <div>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="stack">
      <ProjectSection title={section.title} projects={state.data.projects} pending={pending} empty={section.empty} />
      {state.data.nextCursor !== null && (
        <div className="stack">
          <ErrorMessage message={loadMoreError?.message} />
          <div>
            <button type="button" className="button" onClick={() => void loadMore()} disabled={loadingMore}>
              {loadingMore ? "Loading…" : `Load more of ${section.title.toLowerCase()}`}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
