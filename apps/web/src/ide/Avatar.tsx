import type { Collaborator } from "./usePresence.ts";

/** Initials on the person's colour: the same colour as their cursor. */
export function Avatar({ person, size = "normal" }: { person: Collaborator; size?: "normal" | "small" }) {
  const initials = person.agent
    ? "AI"
    : person.name
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 2)
        .map((part) => part[0]?.toUpperCase())
        .join("") || "?";
  return (
    <span
      className={`avatar${size === "small" ? " avatar--small" : ""}${person.agent ? " avatar--agent" : ""}`}
      style={{ background: person.color }}
      title={
        person.agent ? `${person.name} (for ${person.agent.for})` : person.self ? `${person.name} (you)` : person.name
      }
      aria-hidden="true"
    >
      {initials}
    </span>
  );
}
