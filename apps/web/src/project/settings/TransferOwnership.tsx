import { useId, useState } from "react";
import type { Member } from "../../api/Member.ts";
import type { Project } from "../../api/Project.ts";
import { projectsApi } from "../../api/projectsApi.ts";
import { ConfirmAction } from "../../ui/ConfirmAction.tsx";
import { ErrorMessage } from "../../ui/ErrorMessage.tsx";
import { useAction } from "../../ui/useAction.ts";
import { memberLabel } from "./memberLabel.ts";
import { transferCandidates } from "./transferCandidates.ts";

/** Hands the project to another member, after a second, explicit confirmation. */
export function TransferOwnership({
  project,
  members,
  userId,
  onTransferred,
}: {
  project: Project;
  members: readonly Member[];
  userId: string;
  onTransferred: (project: Project) => void;
}) {
  const selectId = useId();
  const candidates = transferCandidates(members, userId);
  const [chosen, setChosen] = useState("");
  const { run, pending, error } = useAction((newOwnerId: string) => projectsApi.transfer(project.id, newOwnerId));
  const target = candidates.find((member) => member.user.id === chosen);

  return (
    <div className="stack">
      <h4>Transfer ownership</h4>
      {candidates.length === 0 ? (
        <p className="muted">Invite someone first: the new owner must already be a member.</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={selectId}>New owner</label>
            <select
              id={selectId}
              value={chosen}
              disabled={pending}
              onChange={(event) => {
                setChosen(event.target.value);
              }}
            >
              <option value="">Choose a member</option>
              {candidates.map((member) => (
                <option key={member.id} value={member.user.id}>
                  {memberLabel(member)}
                </option>
              ))}
            </select>
          </div>
          <ErrorMessage message={error?.message} />
          {/* A new choice asks again, about the new member. */}
          <ConfirmAction
            key={chosen}
            label="Transfer ownership"
            question={
              target &&
              `Make ${memberLabel(target)} the owner of ${project.name}? You stay on as an editor, and only they can undo it.`
            }
            confirmLabel="Yes, transfer"
            pendingLabel="Transferring…"
            groupLabel="Confirm transfer"
            disabled={!target}
            pending={pending}
            onConfirm={() =>
              target
                ? run(target.user.id).then((result) => {
                    if (!result.ok) return false;
                    setChosen("");
                    onTransferred(result.value);
                    return true;
                  })
                : false
            }
          />
        </>
      )}
    </div>
  );
}
