import { useId, useState } from "react";
import { describeFormError } from "../../api/describeFormError.ts";
import { ProjectRole } from "../../api/Project.ts";
import { projectsApi } from "../../api/projectsApi.ts";
import { ErrorMessage } from "../../ui/ErrorMessage.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { EmailField } from "../../ui/EmailField.tsx";
import { useAction } from "../../ui/useAction.ts";
import { describeAddMember } from "./describeAddMember.ts";
import { RoleSelect } from "./RoleSelect.tsx";

// New people join as editors or viewers; an owner can promote them once they are in.
const INVITE_ROLES = [ProjectRole.Editor, ProjectRole.Viewer] as const;

/** Adds someone by email: at once if they have an account, else by an emailed invitation. */
export function InviteForm({ projectId, onInvited }: { projectId: string; onInvited: () => void }) {
  const roleId = useId();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<ProjectRole>(ProjectRole.Editor);
  const [done, setDone] = useState<string | null>(null);
  const { run, pending, error } = useAction(() => projectsApi.addMember(projectId, email.trim(), role));
  const view = describeFormError(error, ["email", "role"]);

  return (
    <form
      className="form"
      aria-labelledby={`${roleId}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        setDone(null);
        void run().then((result) => {
          if (!result.ok) return;
          setDone(describeAddMember(result.value));
          setEmail("");
          onInvited();
        });
      }}
    >
      <h4 id={`${roleId}-title`}>Invite someone</h4>
      <ErrorMessage message={view.summary} />
      <div className="row row--fields">
        <EmailField label="Email address" whose="theirs" value={email} onChange={setEmail} error={view.fields.email} />
        <div className="field">
          <label htmlFor={roleId}>Role</label>
          <RoleSelect id={roleId} value={role} onChange={setRole} roles={INVITE_ROLES} />
          {view.fields.role && <p className="field__error">{view.fields.role}</p>}
        </div>
      </div>
      <div className="row">
        <SubmitButton pending={pending} pendingLabel="Inviting…">
          Invite
        </SubmitButton>
        {done && (
          <p role="status" className="success">
            {done}
          </p>
        )}
      </div>
    </form>
  );
}
