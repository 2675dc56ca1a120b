import { useState } from "react";
import { describeFormError } from "../api/describeFormError.ts";
import { DESCRIPTION_MAX, NAME_MAX, type Project, type Visibility } from "../api/Project.ts";
import { createProject } from "../local/createProject.ts";
import { VisibilityField } from "../project/VisibilityField.tsx";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { SubmitButton } from "../ui/SubmitButton.tsx";
import { TextAreaField } from "../ui/TextAreaField.tsx";
import { TextField } from "../ui/TextField.tsx";
import { useAction } from "../ui/useAction.ts";

const FIELDS = ["name", "description", "visibility"] as const;

/**
 * Name, description and visibility of a new project; keeps every field when the API
 * refuses. Offline (or with no answer) the project is made on this device and opens at
 * once; the server gets it when the network returns.
 */
export function NewProjectForm({
  owner,
  onCreated,
  onCancel,
}: {
  owner: { id: string; name: string };
  onCreated: (project: Project) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [visibility, setVisibility] = useState<Visibility>("private");
  const { run, pending, error } = useAction(async () => {
    const created = await createProject(
      { name: name.trim(), description: description.trim() || undefined, visibility },
      owner,
    );
    return created.project;
  });
  const view = describeFormError(error, FIELDS);

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void run().then((result) => result.ok && onCreated(result.value));
      }}
    >
      <ErrorMessage message={view.summary} />
      <TextField
        label="Name"
        required
        maxLength={NAME_MAX}
        value={name}
        onChange={setName}
        error={view.fields.name}
        data-autofocus
      />
      <TextAreaField
        label="Description (optional)"
        rows={3}
        maxLength={DESCRIPTION_MAX}
        value={description}
        onChange={setDescription}
        error={view.fields.description}
      />
      <VisibilityField value={visibility} onChange={setVisibility} error={view.fields.visibility} />
      <div className="row row--end">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <SubmitButton pending={pending} pendingLabel="Creating…">
          Create project
        </SubmitButton>
      </div>
    </form>
  );
}
