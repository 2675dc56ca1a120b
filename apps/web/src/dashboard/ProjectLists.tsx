import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { ProjectSection } from "./ProjectSection.tsx";
import type { splitProjects } from "./splitProjects.ts";

/** "My projects" and "Shared with me", and "Load more" while the API has more pages. */
export function ProjectLists({
  mine,
  shared,
  hasMore,
  onLoadMore,
  loadingMore,
  loadMoreError,
}: ReturnType<typeof splitProjects> & {
  hasMore: boolean;
  onLoadMore: () => void;
  loadingMore: boolean;
  loadMoreError?: string;
}) {
  // With more pages to load, an empty section may only mean "not on the pages shown yet".
  const notYet = "None among the projects loaded so far.";
  return (
    <>
      <ProjectSection
        title="My projects"
        projects={mine}
        empty={hasMore ? notYet : "You have no projects yet. Start one with New project."}
      />
      <ProjectSection
        title="Shared with me"
        projects={shared}
        empty={hasMore ? notYet : "Nothing is shared with you yet. Projects you are invited to show up here."}
      />
      {hasMore && (
        <div className="stack">
          <ErrorMessage message={loadMoreError} />
          <div>
            <button type="button" className="button" onClick={onLoadMore} disabled={loadingMore}>
              {loadingMore ? "Loading…" : "Load more"}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
