import { useState } from "react";
import { useNavigate } from "react-router";
import type { SessionUser } from "../auth/authClient.ts";
import { useDocumentTitle } from "../ui/useDocumentTitle.ts";
import { NewProjectDialog } from "./NewProjectDialog.tsx";
import { ProjectLists } from "./ProjectLists.tsx";

/** `/` when signed in: the person's projects, those shared with them, and "New project". */
export function DashboardPage({ user }: { user: SessionUser }) {
  useDocumentTitle("Projects");
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();

  return (
    <div className="stack">
      <div className="page-head">
        <h2>Projects</h2>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          New project
        </button>
      </div>
      <ProjectLists userId={user.id} filter="owned" />
      <ProjectLists userId={user.id} filter="shared" />
      <NewProjectDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(project) => void navigate(`/p/${encodeURIComponent(project.id)}`)}
      />
    </div>
  );
}
