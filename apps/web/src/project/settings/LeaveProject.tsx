import { useNavigate } from "react-router";
import type { Member } from "../../api/Member.ts";
import type { Project } from "../../api/Project.ts";
import { projectsApi } from "../../api/projectsApi.ts";
import { useNotices } from "../../state/useNotices.ts";
import { ConfirmAction } from "../../ui/ConfirmAction.tsx";
import { ErrorMessage } from "../../ui/ErrorMessage.tsx";
import { useAction } from "../../ui/useAction.ts";

/**
 * Removes your own membership and goes home, when the project says you may (`can.leave`).
 * When you may not, says why: the owner of record transfers ownership first, and access
 * through a team is left by leaving the team.
 */
export function LeaveProject({
  project,
  ownMember,
  isOwnerOfRecord,
}: {
  project: Project;
  ownMember: Member | undefined;
  isOwnerOfRecord: boolean;
}) {
  const navigate = useNavigate();
  const notify = useNotices((state) => state.notify);
  const { run, pending, error } = useAction((member: Member) => projectsApi.removeMember(project.id, member.id));

  return (
    <div className="stack">
      <h4>Leave project</h4>
      {isOwnerOfRecord ? (
        <p className="muted">You own this project: transfer ownership to another member before you leave.</p>
      ) : !project.can.leave || !ownMember ? (
        <p className="muted">You have access through a team; leave the team to lose access.</p>
      ) : (
        <>
          <ErrorMessage message={error?.message} />
          <ConfirmAction
            label="Leave project"
            question={`Leave ${project.name}? You will need a new invitation to come back.`}
            confirmLabel="Yes, leave"
            pendingLabel="Leaving…"
            groupLabel="Confirm leaving"
            pending={pending}
            onConfirm={() =>
              run(ownMember).then((result) => {
                if (!result.ok) return false;
                notify(`You left ${project.name}.`, { path: "/" });
                void navigate("/", { replace: true });
                return true;
              })
            }
          />
        </>
      )}
    </div>
  );
}
