import { useState } from "react";
import { useNavigate } from "react-router";
import { DescribeAppBox } from "../agent/DescribeAppBox.tsx";
import type { SessionUser } from "../auth/authClient.ts";
import { useOnline } from "../local/useOnline.ts";
import { useOutboxDrain } from "../local/useOutboxDrain.ts";
import { usePendingProjects } from "../local/usePendingProjects.ts";
import { useDocumentTitle } from "../ui/useDocumentTitle.ts";
import { NewProjectDialog } from "./NewProjectDialog.tsx";
import { PendingInvitations } from "./PendingInvitations.tsx";
import { ProjectLists } from "./ProjectLists.tsx";
import { useProjectList } from "./useProjectList.ts";
import { useSentProjects } from "./useSentProjects.ts";

/**
 * `/` when signed in: "Describe your app" (a new project the agent builds), invitations
 * waiting for them, the person's projects, those shared with them, and "New project".
 * With no server it shows what this device saved, and projects made offline are sent from
 * here when the network returns.
 */
export function DashboardPage({ user }: { user: SessionUser }) {
  useDocumentTitle("Projects");
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const online = useOnline();
  const owned = useProjectList(user.id, "owned");
  const shared = useProjectList(user.id, "shared");
  const pending = usePendingProjects(user.id);
  useOutboxDrain(user.id);
  useSentProjects(pending, owned.prepend);

  return (
    <div className="stack">
      <div className="page-head">
        <h2>Projects</h2>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          New project
        </button>
      </div>
      {(owned.fromCache || shared.fromCache) && (
        <p role="status" className="notice">
          {online ? "Cannot reach Wove" : "You are offline"}: showing projects saved on this device.
        </p>
      )}
      <DescribeAppBox signedIn={Boolean(user.id)} />
      <PendingInvitations userId={user.id} />
      <ProjectLists filter="owned" list={owned} pending={pending} />
      <ProjectLists filter="shared" list={shared} />
      <NewProjectDialog
        open={creating}
        owner={user}
        onClose={() => setCreating(false)}
        onCreated={(project) => void navigate(`/p/${encodeURIComponent(project.id)}`)}
      />
    </div>
  );
}
