import { useState } from "react";
import { useNavigate } from "react-router";
import type { Member, MemberId } from "../../api/Member.ts";
import type { Project } from "../../api/Project.ts";
import { projectsApi } from "../../api/projectsApi.ts";
import { useNotices } from "../../state/useNotices.ts";
import { ErrorMessage } from "../../ui/ErrorMessage.tsx";
import { useAction } from "../../ui/useAction.ts";

/**
 * Removes your own membership and goes home. The owner of record cannot leave (the API
 * answers 409), so they are told to transfer ownership first instead.
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
  const [confirming, setConfirming] = useState(false);
  const navigate = useNavigate();
  const notify = useNotices((state) => state.notify);
  const { run, pending, error } = useAction((memberId: MemberId) => projectsApi.removeMember(project.id, memberId));

  return (
    <div className="stack">
      <h4>Leave project</h4>
      {isOwnerOfRecord ? (
        <p className="muted">You own this project: transfer ownership to another member before you leave.</p>
      ) : !ownMember ? (
        <p className="muted">You have access through a team; leave the team to lose access.</p>
      ) : (
        <>
          <ErrorMessage message={error?.message} />
          {confirming ? (
            <div className="confirm" role="group" aria-label="Confirm leaving">
              <p>Leave {project.name}? You will need a new invitation to come back.</p>
              <div className="row">
                <button
                  type="button"
                  className="button button--danger"
                  disabled={pending}
                  onClick={() =>
                    void run(ownMember.id).then((result) => {
                      if (!result.ok) return;
                      notify(`You left ${project.name}.`, { path: "/" });
                      void navigate("/", { replace: true });
                    })
                  }
                >
                  {pending ? "Leaving…" : "Yes, leave"}
                </button>
                <button type="button" className="button" disabled={pending} onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <div>
              <button type="button" className="button" onClick={() => setConfirming(true)}>
                Leave project
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
