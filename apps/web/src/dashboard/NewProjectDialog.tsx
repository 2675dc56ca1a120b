import type { Project } from "../api/Project.ts";
import { Dialog } from "../ui/Dialog.tsx";
import { NewProjectForm } from "./NewProjectForm.tsx";

export function NewProjectDialog({
  open,
  owner,
  onClose,
  onCreated,
}: {
  open: boolean;
  owner: { id: string; name: string };
  onClose: () => void;
  onCreated: (project: Project) => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title="New project">
      <NewProjectForm owner={owner} onCreated={onCreated} onCancel={onClose} />
    </Dialog>
  );
}
