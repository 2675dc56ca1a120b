import { Avatar } from "./Avatar.tsx";
import type { FilesView } from "./useFiles.ts";
import { useFollowStore } from "./useFollowStore.ts";
import { isFollowable, peopleOnly, type Collaborator } from "./usePresence.ts";
import { whereIs } from "./whereIs.ts";

/** Who is here, in which file, and "follow" to jump with them from file to file. */
export function CollaboratorsPanel({
  people,
  files,
  offline,
}: {
  people: Collaborator[];
  files: FilesView;
  /** Not connected to the room: who else is here is not known, not "nobody". */
  offline: boolean;
}) {
  const following = useFollowStore((s) => s.following);
  const follow = useFollowStore((s) => s.follow);
  const others = peopleOnly(people).filter((p) => !p.self);
  return (
    <section className="side-panel" aria-label="Collaborators">
      <header className="pane-head">
        <h2 className="pane-head__title">People here</h2>
      </header>
      <ul className="people">
        {people.map((person) => (
          <li key={person.key} className="people__row" data-agent-run={person.agent?.runId ?? undefined}>
            <Avatar person={person} />
            <span className="people__who">
              <span className="people__name">
                {person.name}
                {person.agent && <span className="badge badge--ai">AI</span>}
                {person.self && <span className="muted"> (you)</span>}
                {person.agent?.runId === null && <span className="muted"> (for {person.agent.for})</span>}
              </span>
              <span className="people__where muted">{whereIs(person, files)}</span>
            </span>
            {isFollowable(person) && (
              <button
                type="button"
                className={`button button--small${following === person.clientId ? " button--primary" : ""}`}
                aria-pressed={following === person.clientId}
                aria-label={`Follow ${person.name}`}
                onClick={() => follow(following === person.clientId ? null : person.clientId)}
              >
                {following === person.clientId ? "Following" : "Follow"}
              </button>
            )}
          </li>
        ))}
      </ul>
      {offline ? (
        <p className="muted side-panel__empty">Offline: you will see who is here when you are back.</p>
      ) : (
        others.length === 0 && (
          <p className="muted side-panel__empty">
            {people.some((p) => p.agent) ? "No other person is here." : "Nobody else is here."} Share the project from
            its settings to work on it together.
          </p>
        )
      )}
    </section>
  );
}
