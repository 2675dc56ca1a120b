import { useState } from "react";
import { useNavigate } from "react-router";
import type { SessionUser } from "../auth/authClient.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { Loading } from "../ui/Loading.tsx";
import { useDocumentTitle } from "../ui/useDocumentTitle.ts";
import { NewProjectDialog } from "./NewProjectDialog.tsx";
import { ProjectLists } from "./ProjectLists.tsx";
import { splitProjects } from "./splitProjects.ts";
import { useProjectList } from "./useProjectList.ts";

/** `/` when signed in: the person's projects, those shared with them, and "New project". */
export function DashboardPage({ user }: { user: SessionUser }) {
  useDocumentTitle("Projects");
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const { state, reload, loadMore, loadingMore, loadMoreError } = useProjectList(user.id);

  return (
    <div className="stack">
      <div className="page-head">
        <h2>Projects</h2>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          New project
        </button>
      </div>
      {state.status === "loading" && <Loading label="Loading your projects…" />}
      {state.status === "error" && (
        <div className="stack">
          <ErrorMessage message={state.error.message} />
          <div>
            <button type="button" className="button" onClick={reload}>
              Try again
            </button>
          </div>
        </div>
      )}
      {state.status === "ready" && (
        <ProjectLists
          {...splitProjects(state.data.projects, user.id)}
          hasMore={state.data.nextCursor !== null}
          onLoadMore={() => void loadMore()}
          loadingMore={loadingMore}
          loadMoreError={loadMoreError?.message}
        />
      )}
      <NewProjectDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(project) => void navigate(`/p/${encodeURIComponent(project.id)}`)}
      />
    </div>
  );
}
