import { Link } from "react-router";
import type { Project } from "../api/Project.ts";
import { DeployButton } from "../deploy/DeployButton.tsx";
import { Avatar } from "./Avatar.tsx";
import { peopleOnly, type Collaborator } from "./usePresence.ts";

/** The IDE's top bar: where you are, who is here, and the ways out. */
export function IdeHeader({
  project,
  people,
  readOnly,
  canDeploy,
  theme,
  onToggleTheme,
  onCommands,
}: {
  project: Project;
  people: Collaborator[];
  readOnly: boolean;
  /** Editors and owners; viewers and visitors see the Deploys tab, which says why they cannot. */
  canDeploy: boolean;
  theme: "light" | "dark";
  onToggleTheme: () => void;
  onCommands: () => void;
}) {
  return (
    <header className="ide-header">
      <Link to="/" className="ide-header__home" aria-label="Wove: your projects">
        Wove
      </Link>
      <h1 className="ide-header__title">{project.name}</h1>
      {readOnly && <span className="badge">View only</span>}
      <div className="ide-header__people" aria-label={describeHere(people)}>
        {people.slice(0, 6).map((person) => (
          <Avatar key={person.key} person={person} />
        ))}
        {people.length > 6 && <span className="avatar avatar--more">+{people.length - 6}</span>}
      </div>
      {canDeploy && <DeployButton projectId={project.id} visibility={project.visibility} />}
      <button type="button" className="button button--quiet" onClick={onCommands} title="Commands (Ctrl/Cmd+Shift+P)">
        Commands
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={onToggleTheme}
        aria-label={theme === "dark" ? "Switch to the light theme" : "Switch to the dark theme"}
      >
        {theme === "dark" ? "☀" : "☾"}
      </button>
      {/* Settings are offered to those who work on the project, as the command is. */}
      {project.can.edit && (
        <Link
          to={`/p/${encodeURIComponent(project.id)}/settings`}
          className="button button--quiet"
          title="Members, sharing and the project's details"
        >
          Settings
        </Link>
      )}
    </header>
  );
}

/** "2 here: Ann, Bea; and AI agent for Ann": agents are named but not counted among the people. */
function describeHere(people: Collaborator[]): string {
  const humans = peopleOnly(people);
  const agents = people.filter((p) => p.agent);
  const who = `${humans.length} here: ${humans.map((p) => p.name).join(", ")}`;
  return agents.length === 0 ? who : `${who}; and ${agents.map((p) => `${p.name} for ${p.agent?.for}`).join(", ")}`;
}
