import type { Member } from "../../api/Member.ts";
import type { ProjectRole } from "../../api/Project.ts";
import { projectsApi } from "../../api/projectsApi.ts";
import { ErrorMessage } from "../../ui/ErrorMessage.tsx";
import { useAction } from "../../ui/useAction.ts";
import { Badge } from "../Badge.tsx";
import { ROLE_LABELS } from "../labels.ts";
import { memberLabel } from "./memberLabel.ts";
import { RoleSelect } from "./RoleSelect.tsx";

/**
 * One member: who, their role (a select for owners) and, for owners, a remove button.
 * Your own row has no remove button: leaving is under "Leave project". The owner of
 * record can be neither demoted nor removed (the API answers 409): ownership is
 * transferred instead, so their row offers neither.
 */
export function MemberRow({
  projectId,
  member,
  isYou,
  isOwnerOfRecord,
  canManage,
  onChanged,
}: {
  projectId: string;
  member: Member;
  isYou: boolean;
  isOwnerOfRecord: boolean;
  canManage: boolean;
  onChanged: () => void;
}) {
  const label = memberLabel(member);
  const changeRole = useAction((role: ProjectRole) => projectsApi.updateMember(projectId, member.id, role));
  const remove = useAction(() => projectsApi.removeMember(projectId, member.id));
  const pending = changeRole.pending || remove.pending;
  const editable = canManage && !isOwnerOfRecord;

  return (
    <li className="member">
      <div className="member__who">
        <span className="member__name">
          {label}
          {isYou && <span className="muted"> (you)</span>}
        </span>
        {member.user && member.user.email !== label && <span className="muted">{member.user.email}</span>}
      </div>
      <div className="member__actions">
        {editable ? (
          <RoleSelect
            label={`Role of ${label}`}
            value={member.role}
            disabled={pending}
            onChange={(role) => void changeRole.run(role).then((result) => result.ok && onChanged())}
          />
        ) : (
          <Badge label="Role">{ROLE_LABELS[member.role].label}</Badge>
        )}
        {editable && !isYou && (
          <button
            type="button"
            className="button button--danger"
            aria-label={`Remove ${label}`}
            disabled={pending}
            onClick={() => void remove.run().then((result) => result.ok && onChanged())}
          >
            {remove.pending ? "Removing…" : "Remove"}
          </button>
        )}
      </div>
      <ErrorMessage message={changeRole.error?.message ?? remove.error?.message} />
    </li>
  );
}
