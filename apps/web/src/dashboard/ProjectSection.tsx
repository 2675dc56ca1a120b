import { useId } from "react";
import type { Project } from "../api/Project.ts";
import { ProjectCard } from "./ProjectCard.tsx";

/** A titled list of project cards, or what to do when it is empty. */
export function ProjectSection({
  title,
  projects,
  empty,
}: {
  title: string;
  projects: readonly Project[];
  empty: string;
}) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="stack">
      <h3 id={titleId}>{title}</h3>
      {projects.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="project-grid">
          {projects.map((project) => (
            <ProjectCard key={project.id} project={project} />
          ))}
        </ul>
      )}
    </section>
  );
}
