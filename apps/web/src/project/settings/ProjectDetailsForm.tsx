import { useState } from "react";
import { describeFormError } from "../../api/describeFormError.ts";
import { DESCRIPTION_MAX, NAME_MAX, type Project } from "../../api/Project.ts";
import { projectsApi } from "../../api/projectsApi.ts";
import { ErrorMessage } from "../../ui/ErrorMessage.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { TextAreaField } from "../../ui/TextAreaField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useAction } from "../../ui/useAction.ts";
import { VisibilityField } from "../VisibilityField.tsx";
import { projectPatch, type ProjectDraft } from "./projectPatch.ts";

const FIELDS = ["name", "description", "visibility"] as const;

/** Rename, describe and set who can see the project; read-only for anyone but owners. */
export function ProjectDetailsForm({
  project,
  canEdit,
  onSaved,
}: {
  project: Project;
  canEdit: boolean;
  onSaved: (project: Project) => void;
}) {
  const [draft, setDraft] = useState<ProjectDraft>({
    name: project.name,
    description: project.description ?? "",
    visibility: project.visibility,
  });
  const [saved, setSaved] = useState(false);
  const patch = projectPatch(project, draft);
  const { run, pending, error } = useAction(() => projectsApi.update(project.id, patch ?? {}));
  const view = describeFormError(error, FIELDS);
  const edit = (change: Partial<ProjectDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setSaved(false);
  };

  return (
    <section className="card stack" aria-labelledby="details-title">
      <h3 id="details-title">Details</h3>
      {!canEdit && <p className="muted">Only owners can change these.</p>}
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!patch) return;
          void run().then((result) => {
            if (!result.ok) return;
            onSaved(result.value);
            setSaved(true);
          });
        }}
      >
        <fieldset className="plain" disabled={!canEdit}>
          <legend className="visually-hidden">Project details</legend>
          <ErrorMessage message={view.summary} />
          <TextField
            label="Name"
            required
            maxLength={NAME_MAX}
            value={draft.name}
            onChange={(name) => edit({ name })}
            error={view.fields.name}
          />
          <TextAreaField
            label="Description"
            rows={3}
            maxLength={DESCRIPTION_MAX}
            value={draft.description}
            onChange={(description) => edit({ description })}
            error={view.fields.description}
          />
          <VisibilityField
            value={draft.visibility}
            onChange={(visibility) => edit({ visibility })}
            error={view.fields.visibility}
          />
        </fieldset>
        {canEdit && (
          <div className="row">
            <SubmitButton pending={pending} pendingLabel="Saving…" disabled={!patch}>
              Save changes
            </SubmitButton>
            {saved && (
              <p role="status" className="success">
                Saved.
              </p>
            )}
          </div>
        )}
      </form>
    </section>
  );
}
