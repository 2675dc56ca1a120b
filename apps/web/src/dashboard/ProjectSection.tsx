import { useId } from "react";
import type { Project } from "../api/Project.ts";
import type { PendingProject } from "../local/joinPending.ts";
import { mergePending } from "./mergePending.ts";
import { ProjectCard } from "./ProjectCard.tsx";

/** A titled list of project cards (those not yet on the server first), or what to do when it is empty. */
export function ProjectSection({
  title,
  projects,
  pending = [],
  empty,
}: {
  title: string;
  projects: readonly Project[];
  pending?: readonly PendingProject[];
  empty: string;
}) {
  const titleId = useId();
  const cards = mergePending(projects, pending);
  return (
    <section aria-labelledby={titleId} className="stack">
      <h3 id={titleId}>{title}</h3>
      {cards.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="project-grid">
          {cards.map(({ project, pending: waiting }) => (
            <ProjectCard key={project.id} project={project} pending={waiting} />
          ))}
        </ul>
      )}
    </section>
  );
}
