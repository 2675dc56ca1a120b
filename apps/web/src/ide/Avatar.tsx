import type { Collaborator } from "./usePresence.ts";

/** Initials on the person's colour: the same colour as their cursor. */
export function Avatar({ person, size = "normal" }: { person: Collaborator; size?: "normal" | "small" }) {
  const initials =
    person.name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((part) => part[0]?.toUpperCase())
      .join("") || "?";
  return (
    <span
      className={`avatar${size === "small" ? " avatar--small" : ""}`}
      style={{ background: person.color }}
      title={person.self ? `${person.name} (you)` : person.name}
      aria-hidden="true"
    >
      {initials}
    </span>
  );
}
