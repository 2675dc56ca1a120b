import { use, useEffect } from "react";
import { useParams } from "react-router";
import type { Project } from "../api/Project.ts";
import { BootContext } from "../boot/BootContext.ts";
import { ProjectLoadError } from "../project/ProjectLoadError.tsx";
import { useProject } from "../project/useProject.ts";
import { Loading } from "../ui/Loading.tsx";
import { useDocumentTitle } from "../ui/useDocumentTitle.ts";
import { enterProject } from "./enterProject.ts";
import { IdeWorkspace } from "./IdeWorkspace.tsx";
import type { SessionUser } from "./openProjectSession.ts";
import { useIdeUser } from "./useIdeUser.ts";
import { useProjectSession } from "./useProjectSession.ts";

/** `/p/:projectId` and `/p/:projectId/<file path>`: the IDE. */
export function IdePage() {
  const { projectId = "", "*": linkedPath = "" } = useParams();
  const { state, reload, pending } = useProject(projectId);
  const user = useIdeUser();
  useDocumentTitle(state.status === "ready" ? state.data.name : "Project");
  // What boot opened for this project serves nobody once it did not open: its editor
  // would stand over the error.
  const boot = use(BootContext);
  const failed = state.status === "error";
  useEffect(() => {
    if (failed) boot?.dispose();
  }, [failed, boot]);

  if (state.status === "loading" || user === undefined) {
    return (
      <div className="ide ide--loading">
        <Loading label="Opening the project…" />
      </div>
    );
  }
  if (state.status === "error") {
    return (
      <div className="ide ide--loading">
        <ProjectLoadError error={state.error} onRetry={reload} />
      </div>
    );
  }
  return <IdeSession key={projectId} project={state.data} user={user} linkedPath={linkedPath} pending={pending} />;
}

function IdeSession({
  project,
  user,
  linkedPath,
  pending,
}: {
  project: Project;
  user: SessionUser;
  linkedPath: string;
  pending: boolean;
}) {
  const session = useProjectSession(project.id, user);
  useEffect(() => enterProject(project.id), [project.id]);

  if (session.status === "opening") {
    return (
      <div className="ide ide--loading">
        <Loading label="Loading the project from this device…" />
      </div>
    );
  }
  if (session.status === "error") {
    return (
      <div className="ide ide--loading">
        <p role="alert" className="error">
          {session.message}
        </p>
      </div>
    );
  }
  return (
    <IdeWorkspace
      project={project}
      session={session.session}
      linkedPath={decodeLinkedPath(linkedPath)}
      pending={pending}
    />
  );
}

/** react-router hands the splat still percent-encoded in some cases; paths are compared decoded. */
function decodeLinkedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
