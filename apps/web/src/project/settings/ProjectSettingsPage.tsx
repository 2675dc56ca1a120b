import { Link, useLocation, useParams } from "react-router";
import { projectsApi } from "../../api/projectsApi.ts";
import type { SessionUser } from "../../auth/authClient.ts";
import { useNotices } from "../../state/useNotices.ts";
import { Loading } from "../../ui/Loading.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { useResource } from "../../ui/useResource.ts";
import { ProjectLoadError } from "../ProjectLoadError.tsx";
import { useProject } from "../useProject.ts";
import { AccessSection } from "./AccessSection.tsx";
import { MembersPanel } from "./MembersPanel.tsx";
import { ProjectDetailsForm } from "./ProjectDetailsForm.tsx";

/** `/p/:projectId/settings`: details, members and invitations, ownership, leaving, deleting. */
export function ProjectSettingsPage({ user }: { user: SessionUser }) {
  const { projectId = "" } = useParams();
  const { pathname } = useLocation();
  const notify = useNotices((state) => state.notify);
  const project = useProject(projectId);
  const members = useResource(`members:${projectId}`, (signal) => projectsApi.members(projectId, signal));
  useDocumentTitle(project.state.status === "ready" ? `Settings · ${project.state.data.name}` : "Project settings");

  if (project.state.status === "loading") return <Loading label="Loading the project…" />;
  if (project.state.status === "error")
    return <ProjectLoadError error={project.state.error} onRetry={project.reload} />;
  const current = project.state.data;
  const reloadAll = () => {
    project.reload();
    members.reload();
  };

  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={`/p/${encodeURIComponent(current.id)}`}>← {current.name}</Link>
      </p>
      <h2>Settings for {current.name}</h2>
      {current.role === null && (
        <p className="muted">You are not a member of this project, so you can only look at its settings.</p>
      )}
      <ProjectDetailsForm project={current} canEdit={current.can.update} onSaved={project.set} />
      <MembersPanel state={members.state} onRetry={members.reload}>
        {(list) => (
          <AccessSection
            project={current}
            list={list}
            userId={user.id}
            onChanged={reloadAll}
            onTransferred={(updated) => {
              project.set(updated);
              members.reload();
              notify(`${updated.owner.name || "The new owner"} now owns ${updated.name}.`, { path: pathname });
            }}
          />
        )}
      </MembersPanel>
    </div>
  );
}
