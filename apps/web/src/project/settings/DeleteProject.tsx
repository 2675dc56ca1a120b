import { useState } from "react";
import { useNavigate } from "react-router";
import type { Project } from "../../api/Project.ts";
import { projectsApi } from "../../api/projectsApi.ts";
import { useNotices } from "../../state/useNotices.ts";
import { ErrorMessage } from "../../ui/ErrorMessage.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useAction } from "../../ui/useAction.ts";

/** Deletes the project once its name is typed, so it cannot happen by a stray click. */
export function DeleteProject({ project }: { project: Project }) {
  const [typed, setTyped] = useState("");
  const navigate = useNavigate();
  const notify = useNotices((state) => state.notify);
  const { run, pending, error } = useAction(() => projectsApi.remove(project.id));
  const confirmed = typed.trim() === project.name;

  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (!confirmed) return;
        void run().then((result) => {
          if (!result.ok) return;
          notify(`Deleted ${project.name}.`, { path: "/" });
          void navigate("/", { replace: true });
        });
      }}
    >
      <h4>Delete project</h4>
      <p className="muted">This deletes the project and its files for every member. It cannot be undone.</p>
      <ErrorMessage message={error?.message} />
      <TextField label={`Type “${project.name}” to confirm`} autoComplete="off" value={typed} onChange={setTyped} />
      <div>
        <button type="submit" className="button button--danger" disabled={!confirmed || pending}>
          {pending ? "Deleting…" : "Delete project"}
        </button>
      </div>
    </form>
  );
}
