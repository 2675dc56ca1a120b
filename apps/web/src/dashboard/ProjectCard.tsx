import { useId } from "react";
import { Link } from "react-router";
import type { Project } from "../api/Project.ts";
import type { PendingProject } from "../local/joinPending.ts";
import { Badge } from "../project/Badge.tsx";
import { ROLE_LABELS, VISIBILITY_LABELS } from "../project/labels.ts";
import { PendingRefusal } from "./PendingRefusal.tsx";

/**
 * One project on the dashboard; the whole card opens it (the name is the link). A project
 * created on this device and not yet on the server says so, and why when the server refused it.
 */
export function ProjectCard({ project, pending }: { project: Project; pending?: PendingProject }) {
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
          {pending && <Badge label="Sync">Not yet on the server</Badge>}
          <Badge label="Visibility">{VISIBILITY_LABELS[project.visibility].label}</Badge>
          {project.role && <Badge label="Your role">{ROLE_LABELS[project.role].label}</Badge>}
          {project.role !== "owner" && <span className="muted">by {project.owner.name || "someone"}</span>}
        </p>
        {pending && <PendingRefusal pending={pending} />}
      </article>
    </li>
  );
}
