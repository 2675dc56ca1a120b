import { ProjectRole } from "../../api/Project.ts";
import { ROLE_LABELS } from "../labels.ts";

const ALL_ROLES = Object.values(ProjectRole);

/** A role picker; `label` names it for assistive technology when no visible label is near. */
export function RoleSelect({
  value,
  onChange,
  label,
  id,
  roles = ALL_ROLES,
  disabled,
}: {
  value: ProjectRole;
  onChange: (role: ProjectRole) => void;
  label?: string;
  id?: string;
  roles?: readonly ProjectRole[];
  disabled?: boolean;
}) {
  return (
    <select
      id={id}
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value as ProjectRole)}
    >
      {roles.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role].label}
        </option>
      ))}
    </select>
  );
}
