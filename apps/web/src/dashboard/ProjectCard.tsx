import { useId } from "react";
import { Link } from "react-router";
import type { Project } from "../api/Project.ts";
import { Badge } from "../project/Badge.tsx";
import { ROLE_LABELS, VISIBILITY_LABELS } from "../project/labels.ts";

/** One project on the dashboard; the whole card opens it (the name is the link). */
export function ProjectCard({ project }: { project: Project }) {
  const titleId = useId();
  return (
    <li className="project-card">
      <article aria-labelledby={titleId}>
        <h4 id={titleId} className="project-card__title">
          <Link to={`/p/${encodeURIComponent(project.id)}`} className="project-card__link">
            {project.name}
          </Link>
        </h4>
        {project.description && <p className="project-card__description">{project.description}</p>}
        <p className="project-card__meta">
          <Badge label="Visibility">{VISIBILITY_LABELS[project.visibility].label}</Badge>
          {project.role && <Badge label="Your role">{ROLE_LABELS[project.role].label}</Badge>}
          {project.role !== "owner" && <span className="muted">by {project.owner.name || "someone"}</span>}
        </p>
      </article>
    </li>
  );
}
