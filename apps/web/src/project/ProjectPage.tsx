import { Link, useParams } from "react-router";
import { Loading } from "../ui/Loading.tsx";
import { useDocumentTitle } from "../ui/useDocumentTitle.ts";
import { Badge } from "./Badge.tsx";
import { ROLE_LABELS, VISIBILITY_LABELS } from "./labels.ts";
import { ProjectLoadError } from "./ProjectLoadError.tsx";
import { useProject } from "./useProject.ts";

/** `/p/:projectId` (and deep links below it): the project. The IDE will live here. */
export function ProjectPage() {
  const { projectId = "" } = useParams();
  const { state, reload } = useProject(projectId);
  useDocumentTitle(state.status === "ready" ? state.data.name : "Project");

  if (state.status === "loading") return <Loading label="Opening the project…" />;
  if (state.status === "error") return <ProjectLoadError error={state.error} onRetry={reload} />;
  const project = state.data;
  return (
    <article className="stack" aria-labelledby="project-title">
      <div className="page-head">
        <h2 id="project-title">{project.name}</h2>
        {project.role && (
          <Link to={`/p/${encodeURIComponent(project.id)}/settings`} className="button">
            Settings
          </Link>
        )}
      </div>
      <p className="project-card__meta">
        <Badge label="Visibility">{VISIBILITY_LABELS[project.visibility].label}</Badge>
        {project.role && <Badge label="Your role">{ROLE_LABELS[project.role].label}</Badge>}
        <span className="muted">by {project.owner.name || "someone"}</span>
      </p>
      {project.description && <p>{project.description}</p>}
      <p className="card">The editor arrives soon.</p>
    </article>
  );
}
